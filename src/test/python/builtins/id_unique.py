# id() is unique among live objects (the JVM's identity hash is not), constant for an
# object's life; pickle's and copy's memos depend on it
import copy
import pickle

objs = [object() for _ in range(200000)]
print(len(set(map(id, objs))) == len(objs))
print(all(id(o) == i for o, i in zip(objs[:1000], list(map(id, objs[:1000])))))
del objs

data = [[i] for i in range(60000)]
print(copy.deepcopy(data) == data)
print(pickle.loads(pickle.dumps(data, 2)) == data)
