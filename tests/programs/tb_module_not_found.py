def optional_import():
    import definitely_not_a_real_module_xyz
    return definitely_not_a_real_module_xyz

optional_import()
