# select.EPOLLEXCLUSIVE: registers a descriptor so that "one or more" of the epoll objects
# waiting on it wake; only with IN, OUT, ERR and HUP, never in modify (EINVAL, as Linux).
import os
import select

print(select.EPOLLEXCLUSIVE)
r, w = os.pipe()
for mask in [select.EPOLLIN | select.EPOLLEXCLUSIVE, select.EPOLLEXCLUSIVE | select.EPOLLONESHOT,
             select.EPOLLEXCLUSIVE | select.EPOLLPRI, select.EPOLLEXCLUSIVE | select.EPOLLRDNORM,
             select.EPOLLEXCLUSIVE | select.EPOLLRDHUP, select.EPOLLEXCLUSIVE,
             select.EPOLLEXCLUSIVE | select.EPOLLHUP | select.EPOLLERR | select.EPOLLOUT]:
    ep = select.epoll()
    try:
        ep.register(r, mask)
        print("registered", mask)
    except OSError as e:
        print("register:", e)
    for new in (select.EPOLLIN, select.EPOLLIN | select.EPOLLEXCLUSIVE):
        try:
            ep.modify(r, new)
            print("modified")
        except OSError as e:
            print("modify:", e)
    ep.close()
ep = select.epoll()
ep.register(r, select.EPOLLIN)
try:
    ep.modify(r, select.EPOLLIN | select.EPOLLEXCLUSIVE)
except OSError as e:
    print("modify:", e)
ep.close()

# two epoll objects with EPOLLEXCLUSIVE: at least one of them sees the data
eps = [select.epoll(), select.epoll()]
for ep in eps:
    ep.register(r, select.EPOLLIN | select.EPOLLEXCLUSIVE)
print(any(ep.poll(0) for ep in eps))
os.write(w, b"x")
seen = [ep.poll(0) for ep in eps]
print(any(s == [(r, select.EPOLLIN)] for s in seen))
for ep in eps:
    ep.unregister(r)
    ep.close()
os.close(r)
os.close(w)
