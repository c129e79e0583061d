"""Builds the kalends Python package with the project's own CMake build.

setuptools only drives: CMake configures the library and the pybind11
module for the interpreter running pip, builds the module's target, and the
result is copied to where setuptools packs the extension. The pure-Python
files come from python/kalends as they are.
"""
import os
import pathlib
import re
import shutil
import subprocess
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

ROOT = pathlib.Path(__file__).resolve().parent


def project_version():
    match = re.search(r"project\(kalends VERSION (\S+)", (ROOT / "CMakeLists.txt").read_text(encoding="utf-8"))
    if match is None:
        raise RuntimeError("setup.py: no `project(kalends VERSION ...)` in CMakeLists.txt")
    return match.group(1)


class CMakeExtension(Extension):
    def __init__(self, name):
        super().__init__(name, sources=[])


class BuildWithCMake(build_ext):
    """build_ext that asks CMake for the module instead of compiling sources itself."""

    def build_extension(self, ext):
        build_dir = pathlib.Path(self.build_temp).resolve() / "cmake"
        jobs = os.environ.get("CMAKE_BUILD_PARALLEL_LEVEL") or str(os.cpu_count() or 1)
        configure = [
            "cmake", "-S", str(ROOT), "-B", str(build_dir), "-DCMAKE_BUILD_TYPE=Release",
            "-DKALENDS_BUILD_PYTHON=ON", "-DKALENDS_BUILD_TESTS=OFF", "-DKALENDS_BUILD_TOOLS=OFF",
            f"-DPython_EXECUTABLE={sys.executable}",
        ]
        if shutil.which("ninja"):
            configure[1:1] = ["-G", "Ninja"]
        subprocess.run(configure, check=True)
        subprocess.run(["cmake", "--build", str(build_dir), "--target", "kalends_python", "--parallel", jobs],
                       check=True)
        built = next((build_dir / "python" / "kalends").glob("_kalends*.so"), None)
        if built is None:
            raise RuntimeError(f"setup.py: CMake built no _kalends module in {build_dir / 'python' / 'kalends'}")
        target = pathlib.Path(self.get_ext_fullpath(ext.name))
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(built, target)


setup(
    name="kalends",
    version=project_version(),
    description="Dates in the world's calendar systems: NumPy arrays, pandas and Dask",
    python_requires=">=3.9",
    install_requires=["numpy"],
    extras_require={"pandas": ["pandas"], "dask": ["dask[dataframe]", "distributed"]},
    packages=["kalends"],
    package_dir={"": "python"},
    package_data={"kalends": ["__init__.pyi", "py.typed"]},
    ext_modules=[CMakeExtension("kalends._kalends")],
    cmdclass={"build_ext": BuildWithCMake},
    zip_safe=False,
)
