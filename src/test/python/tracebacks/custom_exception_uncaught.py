class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field

    def __str__(self):
        return "%s: %s" % self.args


def validate(form):
    if not form.get("email"):
        raise ValidationError("email", "required")


validate({"email": "a@b"})
validate({})
