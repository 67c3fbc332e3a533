x = "global"


def later_assignment():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = "local"
    return x


print(later_assignment())


def assignment_in_dead_code():
    if False:
        x = 1
    try:
        return x
    except UnboundLocalError:
        return "still local because of dead assignment"


print(assignment_in_dead_code())


def del_makes_local():
    try:
        del x
    except UnboundLocalError as e:
        return str(e)


print(del_makes_local())


def import_makes_local():
    try:
        return math
    except UnboundLocalError:
        pass
    import math
    return math.floor(2.5)


print(import_makes_local())


def for_target_local():
    for x in []:
        pass
    try:
        return x
    except UnboundLocalError:
        return "for target is local"


print(for_target_local())
