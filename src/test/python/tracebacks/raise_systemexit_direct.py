def shutdown(code):
    print("shutting down with", code)
    raise SystemExit(code)


try:
    shutdown(0)
except SystemExit as e:
    print("intercepted", e.code)
shutdown(7)
