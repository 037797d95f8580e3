#!/usr/bin/env python3
"""Compiles one compile-fail case with the command the build would use, and prints what the compiler says.

usage: compile.py BUILD_DIR SOURCE

The command comes from BUILD_DIR/compile_commands.json, so the case sees the same flags, include paths and
definitions as every other target; the object file goes to /dev/null. Running the compiler instead of the build
tool lets the cases run in parallel: two builds of one tree at once are not safe.
"""
import json
import os
import shlex
import subprocess
import sys

build_dir, source = sys.argv[1], os.path.realpath(sys.argv[2])
with open(os.path.join(build_dir, "compile_commands.json"), encoding="utf-8") as f:
    entries = json.load(f)
entry = next((e for e in entries if os.path.realpath(os.path.join(e["directory"], e["file"])) == source), None)
if entry is None:
    sys.exit(f"compile.py: {source} is not in {build_dir}/compile_commands.json")
args = entry["arguments"] if "arguments" in entry else shlex.split(entry["command"])
if "-o" in args:
    args[args.index("-o") + 1] = os.devnull
done = subprocess.run(args, cwd=entry["directory"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
sys.stdout.write(done.stdout)
sys.exit(done.returncode)
