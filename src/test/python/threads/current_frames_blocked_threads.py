# sys._current_frames: a thread blocked in lock.acquire() and one in time.sleep() report
# the exact lines they wait on; the caller sees its own frame too.
import _thread, sys, time
lock = _thread.allocate_lock()
lock.acquire()
started = _thread.allocate_lock()
def blocked():
    lock.acquire()
def sleeper():
    time.sleep(5)
a = _thread.start_new_thread(blocked, ())
b = _thread.start_new_thread(sleeper, ())
time.sleep(0.3)
frames = sys._current_frames()
print(frames[a].f_code.co_name, frames[a].f_lineno, frames[b].f_code.co_name, frames[b].f_lineno, _thread.get_ident() in frames)
print(frames[_thread.get_ident()].f_lineno, frames[a].f_back is None, frames[a].f_code.co_filename.split("/")[-1])
lock.release()
