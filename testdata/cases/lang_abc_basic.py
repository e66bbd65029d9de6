from abc import ABC, ABCMeta, abstractmethod
import abc


class Shape(ABC):
    def __init__(self, name):
        self.name = name

    @abstractmethod
    def area(self):
        """Return the area."""

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{self.name}: area={self.area()} perimeter={self.perimeter()}"


class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


class Half(Shape):
    def area(self):
        return 0


for cls in (Shape, Half):
    try:
        cls("x")
    except TypeError as e:
        print("TypeError:", e)

sq = Square(3)
print(sq.describe())
print(isinstance(sq, Shape), isinstance(sq, ABC), issubclass(Square, Shape))
print(type(Shape), type(Square), Square.__abstractmethods__, sorted(Half.__abstractmethods__))


class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def value(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


try:
    Base()
except TypeError as e:
    print(e)


class Impl(Base):
    @property
    def value(self):
        return 42

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return "help"


print(Impl.make().value, Impl.helper())


class Plugin(ABC):
    @abstractmethod
    def run(self): ...


class Registered:
    def run(self):
        return "ran"


Plugin.register(Registered)
print(isinstance(Registered(), Plugin), issubclass(Registered, Plugin), issubclass(int, Plugin))
print(Registered in Plugin.__subclasses__() if hasattr(Plugin, "__subclasses__") else False)


class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return hasattr(C, "__len__")
        return NotImplemented


print(isinstance([], Sized), isinstance(3, Sized))


class Worker(ABC):
    @abstractmethod
    async def handle(self, item):
        ...


class Echo(Worker):
    async def handle(self, item):
        return item


import asyncio
print(asyncio.run(Echo().handle("echo")))

try:
    Worker()
except TypeError as e:
    print(e)
print(abc.ABC.__abstractmethods__, getattr(Square.area, "__isabstractmethod__", False), Shape.area.__isabstractmethod__)
