PKG = "lazy package"
