#!/usr/bin/env python3
"""Runs the intranet publishing steps that `readiness init` writes against real servers: the
GitHub and GitLab "rsync over SSH" steps against an OpenSSH server, and their "SMB share" steps
against Samba, each with the exact shell the workflow files hold. See docs/publishing.md,
"Publishing the intranet site".

Needs root (it starts sshd and smbd) and openssh-server, rsync, samba and smbclient (installed
with apt-get when missing). Everything runs in a network namespace of its own (unshare --net),
so the servers listen only there, and in a temporary folder: nothing on the computer changes.

    python3 Tests/CI/intranet_check.py [READINESS]   (default .build/debug/readiness)

Checks, for each service's steps:
  - rsync: the site arrives whole; a page removed from the site is removed from the server; a
    server whose host key is not the known one is refused;
  - SMB: the site arrives whole in INTRANET_SMB_FOLDER; a wrong password is refused.
Exits 0 only when every check passed.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

import yaml

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
failures = []


def say(text):
    print(f"== {text}", flush=True)


def check(ok, what):
    print(f"   {'PASS' if ok else 'FAIL'}: {what}", flush=True)
    if not ok:
        failures.append(what)


def run(cmd, env=None, cwd=None, check_rc=True, input=None):
    result = subprocess.run(cmd, env=env, cwd=cwd, input=input, capture_output=True, text=True,
                            shell=isinstance(cmd, str), executable="/bin/bash" if isinstance(cmd, str) else None)
    if check_rc and result.returncode != 0:
        print(result.stdout + result.stderr, file=sys.stderr)
        raise SystemExit(f"failed: {cmd}")
    return result


def tree(folder):
    """Relative path -> bytes of every file under folder."""
    files = {}
    for base, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(base, name)
            with open(path, "rb") as handle:
                files[os.path.relpath(path, folder)] = handle.read()
    return files


def github_steps(workflow):
    """The run: scripts of the GitHub intranet job's steps, by name."""
    jobs = yaml.safe_load(workflow)["jobs"]
    for job in jobs.values():
        steps = {step.get("name", ""): step.get("run", "") for step in job.get("steps", [])}
        if "Copy with rsync over SSH" in steps:
            return steps
    raise SystemExit("the GitHub workflow has no rsync step")


def gitlab_scripts(pipeline):
    """The script lines of the GitLab intranet jobs, joined, by job name."""
    jobs = yaml.safe_load(pipeline)
    return {name: "\n".join(jobs[name]["script"]) for name in ("intranet-rsync", "intranet-smb")}


def main():
    readiness = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build/debug/readiness"))
    work = tempfile.mkdtemp(prefix="readiness-intranet-")
    daemons = []
    try:
        run(["ip", "link", "set", "lo", "up"])
        site = os.path.join(work, "site")
        run([readiness, "init", site])
        run([readiness, "build", "--audience", "internal", "--output", "intranet-site"], cwd=site)
        built = tree(os.path.join(site, "intranet-site"))
        with open(os.path.join(site, ".github/workflows/readiness.yml")) as handle:
            github = github_steps(handle.read())
        with open(os.path.join(site, ".gitlab-ci.yml")) as handle:
            gitlab = gitlab_scripts(handle.read())

        # OpenSSH on port 22 of this namespace, letting in one key, as root.
        ssh = os.path.join(work, "ssh")
        os.makedirs(ssh)
        run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", f"{ssh}/host"])
        run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", f"{ssh}/other-host"])
        run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", f"{ssh}/client"])
        shutil.copy(f"{ssh}/client.pub", f"{ssh}/authorized_keys")
        os.chmod(f"{ssh}/authorized_keys", 0o600)
        os.chmod(ssh, 0o700)
        with open(f"{ssh}/sshd_config", "w") as handle:
            handle.write(f"Port 22\nListenAddress 127.0.0.1\nHostKey {ssh}/host\nPidFile {ssh}/sshd.pid\n"
                         f"AuthorizedKeysFile {ssh}/authorized_keys\nPermitRootLogin prohibit-password\n"
                         "PasswordAuthentication no\nStrictModes no\nUsePAM no\n")
        os.makedirs("/run/sshd", exist_ok=True)
        sshd = subprocess.Popen(["/usr/sbin/sshd", "-D", "-e", "-f", f"{ssh}/sshd_config"], start_new_session=True,
                                stdout=subprocess.DEVNULL, stderr=open(f"{ssh}/sshd.log", "w"))
        daemons.append(sshd)
        with open(f"{ssh}/host.pub") as handle:
            known = "127.0.0.1 " + " ".join(handle.read().split()[:2])
        with open(f"{ssh}/other-host.pub") as handle:
            wrong_known = "127.0.0.1 " + " ".join(handle.read().split()[:2])
        with open(f"{ssh}/client") as handle:
            key_text = handle.read().strip()

        # Samba on port 445 of this namespace: one share, one user (root) with a password.
        smb = os.path.join(work, "smb")
        share = os.path.join(smb, "share")
        os.makedirs(share)
        os.makedirs(os.path.join(smb, "private"))
        conf = os.path.join(smb, "smb.conf")
        with open(conf, "w") as handle:
            handle.write(f"[global]\n  workgroup = COUNCIL\n  interfaces = lo\n  bind interfaces only = yes\n"
                         f"  smb ports = 445\n  pid directory = {smb}\n  lock directory = {smb}\n"
                         f"  state directory = {smb}\n  cache directory = {smb}\n  private dir = {smb}/private\n"
                         f"  passdb backend = tdbsam:{smb}/private/passdb.tdb\n  log file = {smb}/log.%m\n"
                         "  server role = standalone server\n  map to guest = never\n"
                         f"[intranet]\n  path = {share}\n  read only = no\n  valid users = root\n")
        run(["smbpasswd", "-c", conf, "-a", "-s", "root"], input="s3cret-Pass\ns3cret-Pass\n")
        smbd = subprocess.Popen(["/usr/sbin/smbd", "--foreground", "--no-process-group", "-s", conf],
                                start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        daemons.append(smbd)
        time.sleep(2)

        base = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": work}

        def rsync_step(service, target, known_hosts):
            env = dict(base, INTRANET_RSYNC_TARGET=target, INTRANET_SSH_KNOWN_HOSTS=known_hosts)
            if service == "GitHub":
                env.update(RUNNER_TEMP=tempfile.mkdtemp(dir=work), INTRANET_SSH_KEY=key_text)
                script = github["Copy with rsync over SSH"]
            else:
                key_file = os.path.join(tempfile.mkdtemp(dir=work), "key")
                with open(key_file, "w") as handle:
                    handle.write(key_text + "\n")
                env.update(INTRANET_SSH_KEY=key_file)
                script = gitlab["intranet-rsync"]
                # Its first lines install the tools in GitLab's Debian image: they are here already.
                script = "\n".join(line for line in script.splitlines() if not line.startswith("apt-get"))
            result = run("set -eu\n" + script, env=env, cwd=site, check_rc=False)
            result.temp = env.get("RUNNER_TEMP")
            return result

        for service in ("GitHub", "GitLab"):
            say(f"{service}: rsync over SSH")
            server = os.path.join(work, f"server-{service}")
            os.makedirs(server)
            result = rsync_step(service, f"root@127.0.0.1:{server}/", known)
            check(result.returncode == 0, f"{service} rsync step exits 0 ({result.stderr.strip()[-200:]})")
            check(tree(server) == built, f"{service} rsync: the server holds the site, every file the same")
            # A page gone from the site goes from the server; a stray file there too.
            os.remove(os.path.join(site, "intranet-site", "follow-ups.html"))
            with open(os.path.join(server, "stray.html"), "w") as handle:
                handle.write("old")
            result = rsync_step(service, f"root@127.0.0.1:{server}/", known)
            check(result.returncode == 0 and tree(server) == tree(os.path.join(site, "intranet-site")),
                  f"{service} rsync: a page removed from the site is removed from the server")
            run([readiness, "build", "--audience", "internal", "--output", "intranet-site"], cwd=site)
            result = rsync_step(service, f"root@127.0.0.1:{server}/", wrong_known)
            check(result.returncode != 0 and "Host key verification failed" in result.stderr,
                  f"{service} rsync: a server whose host key is not the known one is refused")
            if result.temp:
                check(not os.listdir(result.temp), f"{service} rsync: the key file is removed, even when the copy fails")

        for service in ("GitHub", "GitLab"):
            say(f"{service}: SMB share")
            folder = f"readiness-{service.lower()}"
            os.makedirs(os.path.join(share, folder))
            for password, should in (("s3cret-Pass", True), ("wrong", False)):
                env = dict(base, INTRANET_SMB_SHARE="//127.0.0.1/intranet", INTRANET_SMB_FOLDER=folder,
                           INTRANET_SMB_USER="root", INTRANET_SMB_DOMAIN="COUNCIL", INTRANET_SMB_PASSWORD=password)
                if service == "GitHub":
                    env["RUNNER_TEMP"] = tempfile.mkdtemp(dir=work)
                    script = github["Copy to the Windows file share (SMB)"]
                    # GitHub's step installs smbclient with sudo when missing: it is here already.
                else:
                    script = "\n".join(line for line in gitlab["intranet-smb"].splitlines()
                                       if not line.startswith("apt-get"))
                result = run("set -eu\n" + script, env=env, cwd=site, check_rc=False)
                if should:
                    check(result.returncode == 0, f"{service} SMB step exits 0 ({result.stderr.strip()[-200:]})")
                    check(tree(os.path.join(share, folder)) == built,
                          f"{service} SMB: the share's folder holds the site, every file the same")
                else:
                    check(result.returncode != 0, f"{service} SMB: a wrong password is refused")
            leftovers = [name for name in os.listdir(env.get("RUNNER_TEMP", work)) if "smb-auth" in name]
            check(not leftovers, f"{service} SMB: the password file is removed afterwards")
    finally:
        # The servers and every process they started go, whatever happened.
        for daemon in daemons:
            try:
                os.killpg(daemon.pid, 9)
            except ProcessLookupError:
                pass
            daemon.wait()
        shutil.rmtree(work, ignore_errors=True)
    print(f"intranet publishing: {'all checks passed' if not failures else str(len(failures)) + ' failed'}")
    return 1 if failures else 0


if __name__ == "__main__":
    if os.geteuid() != 0:
        raise SystemExit("intranet_check.py starts sshd and smbd: run it as root (sudo)")
    if os.environ.get("READINESS_INTRANET_NETNS") != "1":
        missing = [tool for tool in ("sshd", "rsync", "smbd", "smbclient")
                   if not shutil.which(tool) and not os.path.exists(f"/usr/sbin/{tool}")]
        if missing:
            subprocess.run("DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openssh-server rsync samba smbclient",
                           shell=True, check=True, stdout=subprocess.DEVNULL)
        env = dict(os.environ, READINESS_INTRANET_NETNS="1")
        sys.exit(subprocess.run(["unshare", "--net", sys.executable] + sys.argv, env=env).returncode)
    sys.exit(main())
