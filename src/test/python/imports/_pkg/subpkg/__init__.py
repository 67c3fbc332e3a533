print("_pkg.subpkg executing")
