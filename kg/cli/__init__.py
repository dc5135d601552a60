"""The `kg` command line: a thin layer over the Python API, one module per command group.

kg/cli/main.py holds the group and the options the commands share; every module below
contributes its COMMANDS. The list is explicit: a command module that fails to import
fails the whole command line loudly rather than vanishing from it.
"""
from . import build, evaluate, graph, network, query, registers
from .main import KGGroup, StoreLocation, cli, store_option

COMMAND_MODULES = (build, graph, evaluate, query, network, registers)

for _module in COMMAND_MODULES:
    for _command in _module.COMMANDS:
        cli.add_command(_command)

__all__ = ["cli", "KGGroup", "StoreLocation", "store_option"]
