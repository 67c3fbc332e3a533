class ConfigError(Exception):
    pass


def read_port(config):
    try:
        return int(config["port"])
    except (KeyError, ValueError) as e:
        raise ConfigError("bad port setting") from e


print(read_port({"port": "80"}))
print(read_port({"port": "eighty"}))
