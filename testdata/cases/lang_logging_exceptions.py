import logging
import sys

logging.basicConfig(format="%(levelname)s %(funcName)s:%(lineno)d %(message)s", stream=sys.stdout)
log = logging.getLogger("calc")


def divide(a, b):
    return a / b


def compute():
    try:
        divide(1, 0)
    except ZeroDivisionError:
        log.exception("division failed for %s/%s", 1, 0)
    try:
        {}["missing"]
    except KeyError as e:
        log.error("lookup failed: %r", e, exc_info=True)
        log.warning("same, passing the exception", exc_info=e)
        log.info("info with exc_info is filtered out", exc_info=True)
    try:
        try:
            int("x")
        except ValueError as e:
            raise RuntimeError("wrapped") from e
    except RuntimeError:
        logging.exception("chained")
    try:
        raise OSError(2, "No such file")
    except OSError:
        log.critical("as a tuple", exc_info=sys.exc_info())


compute()
log.exception("outside any handler")
log.error("no exc_info", exc_info=False)
log.error("stack info", stack_info=True)


def helper():
    log.warning("reported at the caller", stacklevel=2)


def caller():
    helper()


caller()
logging.warning("bad args %d", "x")
logging.warning("too few %s %s", 1)
print("after the logging errors")
raise SystemExit(log.name)
