# run_until_complete() and a blocking sleep
import asyncio
import time

start_time = time.time()

def print_ts(txt):
    print(f'{time.time() - start_time:.2f} sec : {txt}')

async def my_function(delay):
    print_ts(f'Start {delay}')
    await asyncio.sleep(delay)
    print_ts(f'Stop {delay}')

loop = asyncio.get_event_loop()

asyncio.ensure_future(my_function(1))    # Will stop at 1 sec
asyncio.ensure_future(my_function(3))    # Will stop at 3 sec
asyncio.ensure_future(my_function(15))   # Will stop at 15 sec
asyncio.ensure_future(my_function(20))   # Will stop at 20 sec

loop.run_until_complete(my_function(2))  # Will stop at 2 sec
print_ts(f'Is loop running? {loop.is_running()}')
print_ts('Blocking sleep for 10 seconds - Should not use with asyncio.')

time.sleep(10)

loop.run_until_complete(my_function(4))  # Will stop at 16 sec (2 + 10 + 4)
print_ts('Exiting. 20 never finished.')
