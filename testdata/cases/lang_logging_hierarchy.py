import logging
import sys

child = logging.getLogger("app.db.pool")   # created before its ancestors
app = logging.getLogger("app")
db = logging.getLogger("app.db")
print(child.parent.name, db.parent.name, app.parent.name, app.getChild("db") is db)
print(logging.getLogger("app.db.pool") is child, logging.getLogger("app.db").getChild("pool") is child)

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("OUT %(name)s %(levelname)s %(message)s"))
app.addHandler(out)
app.setLevel(logging.INFO)

err = logging.StreamHandler(sys.stdout)
err.setLevel(logging.ERROR)
err.setFormatter(logging.Formatter("ERR [%(name)s] %(message)s"))
db.addHandler(err)

child.debug("filtered by app's level")
child.info("info reaches app's handler only")
child.error("error reaches both")
print(child.getEffectiveLevel(), db.getEffectiveLevel(), child.isEnabledFor(logging.DEBUG))

logging.basicConfig(format="ROOT %(name)s: %(message)s", stream=sys.stdout)
child.warning("root too, now that it has a handler")
db.propagate = False
child.error("stops at app.db")
db.propagate = True
app.removeHandler(out)
child.error("app's handler removed")
print(app.handlers, db.hasHandlers())


class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1


db.addFilter(OnlyOdd())
for i in range(4):
    db.error("number %d", i)
db.filters.clear()

out.addFilter(lambda r: "secret" not in r.getMessage())
out.addFilter(logging.Filter("svc.a"))
svc = logging.getLogger("svc")
svc.addHandler(out)
svc.propagate = False
for name in ["svc", "svc.a", "svc.ab", "svc.a.b"]:
    logging.getLogger(name).warning("hello from %s", name)
logging.getLogger("svc.a").warning("a secret")


class Ctx(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["conn"], msg), kwargs


adapter = Ctx(logging.getLogger("svc.a.b"), {"conn": 7})
adapter.warning("adapted %s", "message")
adapter.info("below svc's effective level")
print(adapter, adapter.name, adapter.getEffectiveLevel(), adapter.isEnabledFor(30))
plain = logging.LoggerAdapter(logging.getLogger("plain"), {"user": "bob"})
logging.root.handlers[0].setFormatter(logging.Formatter("%(user)s %(name)s %(message)s"))
plain.error("with extra")
logging.disable(logging.ERROR)
plain.error("disabled")
plain.critical("above disable")
logging.disable(logging.NOTSET)
null = logging.getLogger("quiet")
null.addHandler(logging.NullHandler())
null.propagate = False
null.error("nothing printed, not even by lastResort")
print(logging.getLogger("") is logging.root, logging.getLogger(None) is logging.root)
try:
    logging.getLogger(3)
except TypeError as e:
    print("TypeError:", e)
