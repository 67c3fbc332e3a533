"""Python 2's name for the queue module."""
from queue import *  # noqa: F401,F403
from queue import Empty, Full, Queue, LifoQueue, PriorityQueue  # noqa: F401
