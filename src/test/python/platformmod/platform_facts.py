# platform: the facts that do not depend on the implementation, checked against os.uname
# and sys rather than printed (machines differ).
import os
import platform
import sys

u = platform.uname()
o = os.uname()
print(type(u).__name__, len(u), u._fields)
print(u.system == o.sysname == platform.system(), u.node == o.nodename == platform.node())
print(u.release == o.release == platform.release(), u.version == o.version == platform.version())
print(u.machine == o.machine == platform.machine(), u.processor == platform.processor() == u[5])
print(tuple(u)[:5] == tuple(o), u[:2] == (o.sysname, o.nodename), list(u._asdict()) == list(u._fields))
print(repr(u) == "uname_result(system=%r, node=%r, release=%r, version=%r, machine=%r)" % tuple(o))
print(platform.system(), platform.python_version(), platform.python_version_tuple())
print(platform.python_version() == "%d.%d.%d" % sys.version_info[:3])
print(platform.architecture()[0])
p = platform.platform()
print(p.startswith("%s-%s-%s" % (o.sysname, o.release, o.machine)), "-with-" in p, " " not in p)
lib, ver = platform.libc_ver()
print(lib, ver.replace(".", "").isdigit())
print(p.endswith("-with-%s%s" % (lib, ver)))
print(platform.system_alias("Linux", "6.1", "#1"), platform.system_alias("SunOS", "5.11", "v"))
print(platform.mac_ver(), platform.win32_ver(), platform.win32_edition(), platform.win32_is_iot())
info = platform.freedesktop_os_release()
print(type(info).__name__, "ID" in info, "NAME" in info, info is not platform.freedesktop_os_release())
print(type(platform.python_build()).__name__, len(platform.python_build()), type(platform.python_compiler()).__name__)
print(type(platform.python_implementation()).__name__, platform.python_branch() == platform.python_branch())
