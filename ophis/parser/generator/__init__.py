"""Ophis's parser generator: reads ``ophis/parser/python.gram`` and writes
the parser modules generated from it.

Stages, one module each:

    metagrammar   the grammar file's notation -> a model (``model``)
    analysis      nullable rules, FIRST sets, left recursion, which rules
                  the error pass changes
    emitter       the model -> Python source of the parser classes
    nodes         the host's ``_ast`` classes -> the node factories module

``python3 -m ophis.parser.generator`` regenerates every generated file;
docs/parser.md describes the notation and the grammar-change checklist.
Generator code runs at build time only, so it may import anything.
"""
