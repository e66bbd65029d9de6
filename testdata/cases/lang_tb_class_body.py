class Config:
    name = 'cfg'
    value = int('not a number')
