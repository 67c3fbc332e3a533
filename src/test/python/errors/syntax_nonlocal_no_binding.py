def f():
    nonlocal undefined_name
