import asyncio, warnings, random

async def work():
    return 1

async def main():
    work()
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        work()
        print(len(w), w[0].category.__name__, w[0].message)
    warnings.simplefilter("ignore", RuntimeWarning)
    work()
    print("done")

asyncio.run(main())
warnings.resetwarnings()
random.seed(1)
print(random.randrange(10.0))
work()
