import logging
import sys
import time

logging.basicConfig(
    level=logging.DEBUG,
    format="%(asctime)s.%(msecs)03d [%(levelname)-8s] %(name)s %(filename)s:%(lineno)d %(funcName)s(): %(message)s",
    datefmt="%H:%M:%S",
    stream=sys.stdout,
)
log = logging.getLogger(__name__)


def work(n):
    log.debug("working on %d", n)
    time.sleep(0.25)
    log.info("done with %s after %.2f", n, 0.25)


for i in range(3):
    work(i)
log.warning("module %(module)s path %(pathname)s", {"module": "x", "pathname": "y"})
logging.basicConfig(level=logging.ERROR, format="ignored %(message)s")
logging.info("basicConfig again does nothing: root level %s", logging.getLevelName(logging.root.level))
print(logging.root.handlers, logging.root.handlers[0].formatter._fmt)

logging.basicConfig(force=True, format="%(asctime)s %(levelname)s %(message)s")
logging.warning("forced: default asctime with milliseconds")
time.sleep(0.0125)
logging.error("t=%s created=%f msecs=%s levelno=%d", time.time(), 0, 0, 40)
logging.basicConfig(force=True, format="{asctime} {levelname:>7} {name}: {message}", style="{", level="INFO")
logging.info("brace style")
logging.basicConfig(force=True, format="$levelname ${name} - $message at ${asctime}", style="$", datefmt="%Y/%m/%d")
logging.warning("dollar style")
logging.basicConfig(force=True, format="%(processName)s %(threadName)s %(module)s %(levelno)s %(message)s")
logging.critical("names")
logging.basicConfig(force=True)
logging.error("defaults again")
fmt = logging.Formatter("%(levelname)s|%(custom)s|%(message)s", defaults={"custom": "dflt"})
h = logging.StreamHandler(sys.stdout)
h.setFormatter(fmt)
other = logging.getLogger("other")
other.addHandler(h)
other.propagate = False
other.warning("defaults used")
other.warning("extra wins", extra={"custom": "extra"})
for bad in [dict(style="?"), dict(stream=sys.stdout, handlers=[h]), dict(bogus=1, force=True)]:
    try:
        logging.basicConfig(**bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    logging.Formatter("x", style="%s")
except ValueError as e:
    print("ValueError:", e)
