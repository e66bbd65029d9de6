import typing
from typing import *

T = TypeVar('T')
print(repr(Any), repr(Optional[int]), repr(List[int]), repr(Dict[str, List[int]]), repr(Union[int, str]), repr(Callable[[int], str]), repr(T), repr(Tuple[int, ...]), repr(Awaitable[int]))
print(repr(Optional[Union[int, str]]), repr(Union[int]), repr(Literal['a', 1]), repr(ClassVar[int]), repr(Type[int]), repr(List), repr(typing.Coroutine[Any, Any, int]))
class G(Generic[T]):
    def __init__(self, v: T) -> None:
        self.v = v
print(G.__mro__, G(5).v)
class P(NamedTuple):
    x: int
    y: int = 0
print(P(1), P._fields, P(1, 2) == (1, 2), repr(P), P(3, 4).y, P._make([5, 6]), isinstance(P(1), tuple))
class TD(TypedDict):
    a: int
print(TD(a=1), type(TD(a=1)))
print(cast(int, 'x'), get_origin(List[int]), get_args(Dict[str, int]), TYPE_CHECKING)
class Proto(Protocol):
    def run(self) -> None: ...
class Impl(Proto):
    def run(self):
        return "ran"
print(Impl().run())
def f(a: int, b: Optional[str] = None) -> List[int]:
    return [a]
print(get_type_hints(f), f(1))
async def coro() -> Awaitable[int]:
    return 1
UserId = NewType('UserId', int)
print(UserId(5), repr(Optional[List[Dict[str, Any]]]), repr(Callable[..., Any]), repr(Union[int, None]))
@overload
def g(x: int) -> int: ...
def g(x):
    return x
print(g(3), repr(Set[int]), repr(FrozenSet[str]), repr(Deque[int]), repr(DefaultDict[str, int]), repr(Iterator[int]))
S = TypeVar('S', bound=int)
Co = TypeVar('Co', covariant=True)
print(S, Co, repr(AsyncIterator[str]), repr(Sequence[T]), repr(Mapping[str, T]))
