class Settings:
    name = "app"
    size = int("large")
