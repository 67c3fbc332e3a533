"""A small typed inventory: the annotations use many typing names, and the program
checks some of them at runtime (get_type_hints, runtime protocols, TypedDict, NewType)."""
from typing import (Any, ClassVar, Dict, Final, Generic, List, Literal, NamedTuple,
                    NewType, Optional, Protocol, Set, Tuple, TypedDict, TypeVar, Union,
                    cast, get_type_hints, overload, runtime_checkable, TYPE_CHECKING)
from dataclasses import dataclass, field

if TYPE_CHECKING:
    raise SystemExit("never at runtime")

SKU = NewType('SKU', str)
Money = int  # cents
Category = Literal['tool', 'food', 'toy']
T = TypeVar('T')
K = TypeVar('K')

MAX_ITEMS: Final = 100


class Price(NamedTuple):
    amount: Money
    currency: str = 'EUR'

    def __str__(self) -> str:
        return f"{self.amount / 100:.2f} {self.currency}"


class ItemDict(TypedDict, total=False):
    sku: str
    name: str
    price: int
    tags: List[str]


@dataclass
class Item:
    sku: SKU
    name: str
    price: Price
    category: Category
    tags: Set[str] = field(default_factory=set)
    count: ClassVar[int] = 0

    def to_dict(self) -> ItemDict:
        return ItemDict(sku=self.sku, name=self.name, price=self.price.amount,
                        tags=sorted(self.tags))


@runtime_checkable
class Priced(Protocol):
    price: Price


@runtime_checkable
class Describable(Protocol):
    def describe(self) -> str: ...


class Repository(Generic[K, T]):
    def __init__(self) -> None:
        self._items: Dict[K, T] = {}

    def add(self, key: K, value: T) -> None:
        if len(self._items) >= MAX_ITEMS:
            raise OverflowError("full")
        self._items[key] = value

    @overload
    def get(self, key: K) -> Optional[T]: ...
    @overload
    def get(self, key: K, default: T) -> T: ...

    def get(self, key, default=None):
        return self._items.get(key, default)

    def values(self) -> List[T]:
        return list(self._items.values())


class Bundle:
    def __init__(self, items: List[Item]) -> None:
        self.items = items

    def describe(self) -> str:
        return " + ".join(i.name for i in self.items)


def total(things: List[Union[Item, Bundle]]) -> Tuple[int, List[str]]:
    cents = 0
    notes: List[str] = []
    for t in things:
        if isinstance(t, Priced):
            cents += cast(Item, t).price.amount
        if isinstance(t, Describable):
            notes.append(t.describe())
    return cents, notes


def parse(raw: Dict[str, Any]) -> Item:
    cat = raw.get('category', 'tool')
    if cat not in ('tool', 'food', 'toy'):
        raise ValueError(f"bad category {cat!r}")
    return Item(SKU(raw['sku']), raw['name'], Price(raw['price']), cat, set(raw.get('tags', ())))


repo: Repository[SKU, Item] = Repository[SKU, Item]()
for raw in [
    {'sku': 'H-1', 'name': 'hammer', 'price': 1299, 'tags': ['steel', 'heavy']},
    {'sku': 'A-7', 'name': 'apple', 'price': 45, 'category': 'food'},
    {'sku': 'Y-3', 'name': 'yoyo', 'price': 350, 'category': 'toy', 'tags': ['fun']},
]:
    item = parse(raw)
    repo.add(item.sku, item)

try:
    parse({'sku': 'X', 'name': 'x', 'price': 1, 'category': 'car'})
except ValueError as exc:
    print("rejected:", exc)

print(repo.get(SKU('A-7')))
print(repo.get(SKU('nope'), None))
for it in repo.values():
    print(it.sku, it.name, it.price, it.category, it.to_dict())

cents, notes = total([*repo.values(), Bundle(repo.values()[:2])])
print("total", Price(cents), notes)
print(type(repo).__name__, repo.__orig_class__)
print(get_type_hints(Item))
print(get_type_hints(Repository.add))
print(get_type_hints(total))
print(get_type_hints(Price), Price._field_defaults)
print(sorted(ItemDict.__optional_keys__), ItemDict.__total__)
print(Category, SKU, Item.count)
