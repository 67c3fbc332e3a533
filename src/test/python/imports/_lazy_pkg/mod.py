MOD = "lazy submodule"
