# -W style options (what sys.warnoptions holds): _processoptions/_setoption/_getaction/_getcategory.
import warnings, sys
warnings.resetwarnings()
warnings._processoptions(['error::DeprecationWarning', 'i:spam', 'a::UserWarning:mod.x:12', 'o', 'ignore::warnings.WarningMessage', 'x', 'error::NoSuch', 'error::int', 'a:b:c:d:e:f', 'error:::mod:-1', 'error:::mod:x', 'd::sys.NoSuch', 'm::builtins.UserWarning', 'e:a.b(c)[d]*:::', 'i:::no.such.mod.Cls', 'error::nosuchmodule.Warning'])
for f in warnings.filters: print(f)
try: warnings._setoption('bogus')
except warnings._OptionError as e: print(type(e).__mro__, e)
print(warnings._getaction(''), warnings._getaction('al'), warnings._getaction('all'))
print(warnings._getcategory(''), warnings._getcategory('RuntimeWarning'))
print(warnings.filters[-1][3].match("mod.x") is not None, warnings.filters[-1][3].match("mod.xy"), warnings.filters[-1][3].match("modax"))
try:
    warnings.warn("a.b(c)[d]* and more", UserWarning)
except UserWarning as e:
    print("raised", e)
warnings.warn("A.B(C)[D] no star")
