# The __future__ module: feature records and their releases (annotations stays optional).
from __future__ import annotations
import __future__

print(__future__.all_feature_names)
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature, feature.getOptionalRelease(), feature.getMandatoryRelease(),
          feature.compiler_flag)
print(__future__.__all__)
print(__future__.CO_FUTURE_ANNOTATIONS == __future__.annotations.compiler_flag)
