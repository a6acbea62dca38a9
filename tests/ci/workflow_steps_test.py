#!/usr/bin/env python3
"""The Linux job of each docs/ci/*.yml workflow, its shell steps run here.

  workflow_steps_test.py BUILD_DIR SOURCE_DIR

For every job that runs on Linux (runs-on: ubuntu-*), each step's `run:`
script is executed as GitHub runs it (bash -e -o pipefail), in order, in a
small Windows driver repository made from the bundled sample (a solution, a
.vcxproj and samples/pooldemo's sources), with this build's programs first on
PATH and the workflow's `env:` set. The step that installs the .deb is left
out (scripts/deb-clean-install.sh installs the package on a clean Debian 12);
`uses:` steps cannot run here. Then the SARIF the job uploads must hold the
sample's findings, one per `// expect:` comment. A broken command line in the
documented workflow fails this test.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

VCXPROJ = """<?xml version="1.0" encoding="utf-8"?>
<Project DefaultTargets="Build" ToolsVersion="12.0" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
  <ItemGroup Label="ProjectConfigurations">
    <ProjectConfiguration Include="Release|x64">
      <Configuration>Release</Configuration>
      <Platform>x64</Platform>
    </ProjectConfiguration>
  </ItemGroup>
  <Import Project="$(VCTargetsPath)\\Microsoft.Cpp.Default.props" />
  <PropertyGroup Label="Configuration" Condition="'$(Configuration)|$(Platform)'=='Release|x64'">
    <ConfigurationType>Driver</ConfigurationType>
    <DriverType>WDM</DriverType>
  </PropertyGroup>
  <ItemDefinitionGroup Condition="'$(Configuration)|$(Platform)'=='Release|x64'">
    <ClCompile>
      <AdditionalIncludeDirectories>$(ProjectDir);%(AdditionalIncludeDirectories)</AdditionalIncludeDirectories>
      <PreprocessorDefinitions>NDEBUG;%(PreprocessorDefinitions)</PreprocessorDefinitions>
    </ClCompile>
  </ItemDefinitionGroup>
  <ItemGroup>
    <ClCompile Include="driver.c" />
    <ClCompile Include="ioctl.c" />
    <ClCompile Include="dpc.c" />
  </ItemGroup>
  <Import Project="$(VCTargetsPath)\\Microsoft.Cpp.targets" />
</Project>
"""

SLN = """Microsoft Visual Studio Solution File, Format Version 12.00
Project("{8BC9CEB8-8B4A-11D0-8D11-00A0C91BC942}") = "MyDriver", "MyDriver\\MyDriver.vcxproj", \
"{11111111-2222-3333-4444-555555555555}"
EndProject
Global
  GlobalSection(SolutionConfigurationPlatforms) = preSolution
    Release|x64 = Release|x64
  EndGlobalSection
  GlobalSection(ProjectConfigurationPlatforms) = postSolution
    {11111111-2222-3333-4444-555555555555}.Release|x64.ActiveCfg = Release|x64
    {11111111-2222-3333-4444-555555555555}.Release|x64.Build.0 = Release|x64
  EndGlobalSection
EndGlobal
"""


def make_repo(root, src, solution):
    drv = os.path.join(root, "MyDriver")
    os.makedirs(drv)
    sample = os.path.join(src, "samples", "pooldemo")
    expected = []
    for f in sorted(os.listdir(sample)):
        if f.endswith((".c", ".h")):
            shutil.copy(os.path.join(sample, f), drv)
            with open(os.path.join(sample, f), encoding="utf-8") as fh:
                for n, line in enumerate(fh, 1):
                    for m in re.finditer(r"expect: (PT\d+)", line):
                        expected.append((f, n, m.group(1)))
    with open(os.path.join(drv, "MyDriver.vcxproj"), "w", encoding="utf-8") as fh:
        fh.write(VCXPROJ)
    with open(os.path.join(root, solution), "w", encoding="utf-8") as fh:
        fh.write(SLN)
    return sorted(expected)


def expand(text, env):
    """${{ env.X }} as GitHub substitutes it; any other expression cannot run here."""
    def sub(m):
        expr = m.group(1).strip()
        if expr.startswith("env.") and expr[4:] in env:
            return env[expr[4:]]
        raise SystemExit(f"FAIL: expression ${{{{ {expr} }}}} in a run step cannot be evaluated here")
    return re.sub(r"\$\{\{(.*?)\}\}", sub, text)


def run_job(path, name, job, workflow_env, build, src):
    env_vars = {k: str(v) for k, v in (workflow_env or {}).items()}
    env_vars.update({k: str(v) for k, v in (job.get("env") or {}).items()})
    solution = env_vars.get("SOLUTION", "MyDriver.sln")
    with tempfile.TemporaryDirectory(prefix="pt-workflow-") as ws:
        expected = make_repo(ws, src, solution)
        env = dict(os.environ)
        env.update(env_vars)
        env.update({"PATH": build + os.pathsep + env["PATH"], "GITHUB_WORKSPACE": ws, "CI": "true",
                    "RUNNER_OS": "Linux", "RUNNER_TEMP": tempfile.gettempdir()})
        ran = 0
        for i, step in enumerate(job.get("steps") or []):
            label = step.get("name") or step.get("uses") or f"step {i + 1}"
            if "run" not in step:
                print(f"{path} {name}: '{label}': uses an action, not run here")
                continue
            script = expand(step["run"], dict(env_vars, **{k: str(v) for k, v in (step.get("env") or {}).items()}))
            if re.search(r"\bapt(-get)? install\b.*\.deb\b", script):
                print(f"{path} {name}: '{label}': installs the .deb (scripts/deb-clean-install.sh), "
                      "this build's programs are on PATH instead")
                continue
            step_env = dict(env, **{k: str(v) for k, v in (step.get("env") or {}).items()})
            cwd = os.path.join(ws, step.get("working-directory", "."))
            r = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script], cwd=cwd,
                               env=step_env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            print(f"{path} {name}: '{label}': exit {r.returncode}")
            if r.returncode != 0:
                print(r.stdout)
                print(f"FAIL: the step's script:\n{script}")
                return 1
            ran += 1
        if not ran:
            print(f"FAIL: {path} {name}: no run step was executed")
            return 1
        sarifs = [f for f in os.listdir(ws) if f.endswith(".sarif")]
        if not sarifs:
            print(f"FAIL: {path} {name}: no SARIF file written in the workspace")
            return 1
        with open(os.path.join(ws, sarifs[0]), encoding="utf-8") as fh:
            sarif = json.load(fh)
        got = []
        for res in sarif["runs"][0]["results"]:
            loc = res["locations"][0]["physicalLocation"]
            uri = loc["artifactLocation"]["uri"]
            got.append((os.path.basename(uri), loc["region"]["startLine"], res["ruleId"]))
        if sorted(got) != expected:
            print(f"FAIL: {path} {name}: findings in {sarifs[0]}\n  got  {sorted(got)}\n  want {expected}")
            return 1
        print(f"{path} {name}: {len(got)} findings in {sarifs[0]}, as the sample expects")
    return 0


def main():
    build, src = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    folder = os.path.join(src, "docs", "ci")
    fails = jobs = 0
    for f in sorted(os.listdir(folder)):
        if not f.endswith((".yml", ".yaml")):
            continue
        with open(os.path.join(folder, f), encoding="utf-8") as fh:
            wf = yaml.safe_load(fh)
        for name, job in (wf.get("jobs") or {}).items():
            runs_on = job.get("runs-on", "")
            if "ubuntu" not in str(runs_on):
                continue
            jobs += 1
            fails += run_job(f"docs/ci/{f}", name, job, wf.get("env"), build, src)
    if not jobs:
        print("FAIL: no Linux job found in docs/ci")
        return 1
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
