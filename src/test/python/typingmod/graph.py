"""A typed graph script: breadth-first search, topological order and shortest paths,
annotated with the collections.abc-based typing aliases and Callable."""
from typing import (Callable, DefaultDict, Deque, Dict, FrozenSet, Generic, Hashable,
                    Iterable, Iterator, List, Mapping, Optional, Sequence, Tuple, TypeVar,
                    get_args, get_origin, get_type_hints)
from collections import defaultdict, deque

N = TypeVar('N', bound=Hashable)
Edge = Tuple[N, N]
Weight = Callable[[str, str], float]


class Graph(Generic[N]):
    def __init__(self, edges: Iterable[Edge] = ()) -> None:
        self.adj: DefaultDict[N, List[N]] = defaultdict(list)
        for a, b in edges:
            self.add(a, b)

    def add(self, a: N, b: N) -> None:
        self.adj[a].append(b)
        self.adj.setdefault(b, [])

    def nodes(self) -> Iterator[N]:
        yield from sorted(self.adj)

    def bfs(self, start: N) -> List[N]:
        seen = {start}
        order: List[N] = []
        todo: Deque[N] = deque([start])
        while todo:
            n = todo.popleft()
            order.append(n)
            for m in self.adj[n]:
                if m not in seen:
                    seen.add(m)
                    todo.append(m)
        return order

    def topo(self) -> Optional[Sequence[N]]:
        indeg: Dict[N, int] = {n: 0 for n in self.adj}
        for n in self.adj:
            for m in self.adj[n]:
                indeg[m] += 1
        ready = sorted(n for n, d in indeg.items() if d == 0)
        out: List[N] = []
        while ready:
            n = ready.pop(0)
            out.append(n)
            for m in self.adj[n]:
                indeg[m] -= 1
                if indeg[m] == 0:
                    ready.append(m)
            ready.sort()
        return out if len(out) == len(indeg) else None


def shortest(g: Graph[str], src: str, weight: Weight) -> Mapping[str, float]:
    dist: Dict[str, float] = {src: 0.0}
    todo: Deque[str] = deque([src])
    while todo:
        n = todo.popleft()
        for m in g.adj[n]:
            d = dist[n] + weight(n, m)
            if m not in dist or d < dist[m]:
                dist[m] = d
                todo.append(m)
    return dist


def apply_all(fs: Sequence[Callable[..., int]], *args: int) -> FrozenSet[int]:
    return frozenset(f(*args) for f in fs)


g: Graph[str] = Graph([('a', 'b'), ('a', 'c'), ('b', 'd'), ('c', 'd'), ('d', 'e')])
print(list(g.nodes()))
print(g.bfs('a'))
print(g.topo())
g.add('e', 'a')
print(g.topo())
print(sorted(shortest(g, 'a', lambda x, y: ord(y) - ord(x)).items()))
print(sorted(apply_all([max, min, lambda *a: sum(a)], 3, 1, 2)))
print(Edge, Edge[int], Weight)
print(get_origin(Weight), get_args(Weight))
print(get_type_hints(shortest))
print(get_type_hints(Graph.topo), get_type_hints(apply_all))
print(isinstance(g.nodes(), Iterator), isinstance(g.adj, Mapping), callable(Weight))
print(Graph[int], N.__bound__)
