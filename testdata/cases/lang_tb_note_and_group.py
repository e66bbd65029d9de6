import asyncio
async def job(n):
    await asyncio.sleep(n / 10)
    if n % 2:
        raise ValueError(f'job {n} failed')
    return n
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(4):
                tg.create_task(job(i))
    except* ValueError as eg:
        for e in eg.exceptions:
            print('caught', e)
    e = RuntimeError('with notes')
    e.add_note('first note')
    e.add_note('second note')
    raise e
asyncio.run(main())
