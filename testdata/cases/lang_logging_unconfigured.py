import logging

log = logging.getLogger("app")
log.debug("not shown")
log.info("not shown either")
log.warning("disk %d%% full", 91)
log.error("something %s", "bad")
log.critical("boom")
print(log, logging.getLogger(), logging.root is logging.getLogger("root"))
print(log.getEffectiveLevel(), log.isEnabledFor(logging.INFO), log.hasHandlers())
print(logging.getLevelName(10), logging.getLevelName("ERROR"), logging.getLevelName(33))
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
log.log(25, "notice")
log.log(35, "custom %s", "level")
print(repr(logging.lastResort), logging.lastResort.level)
logging.warning("module-level: configures the root")
print(logging.root.handlers)
log.warning("now through root's handler")
logging.info("still not shown")
logging.warn("deprecated")
log.warn("deprecated too")
for i in range(2):
    logging.warn("once per line")
try:
    logging.log("INFO", "x")
except TypeError as e:
    print("TypeError:", e)
try:
    log.setLevel("LOUD")
except ValueError as e:
    print("ValueError:", e)
log.setLevel("DEBUG")
log.debug("debug on app %r", {"a": 1})
log.info("mapping arg: %(a)s and %(b)s", {"a": 1, "b": 2})
print(logging.WARN, logging.FATAL, logging.getLevelName("WARN"))
