#!/usr/bin/python3
"""parley on a real cluster engine: a one-node Slurm cluster started here (munged with a
throwaway key, slurmctld and slurmd with a throwaway config and state directory, no system
service), scripts/slurm/convert.sbatch submitted as a job array over 4 shards, and the shards
checked to be, together, the same graph as one whole run. Every daemon it started is stopped
and its directory removed, on failure too.

Slurm has no setting for the address its daemons listen on (they bind every interface), so
the test runs in a network namespace of its own (unshare --net) holding nothing but its own
loopback interface: the daemons can be reached from inside it only, on 127.0.0.1. Where namespaces are not permitted the test is
skipped (exit 77), never run on open interfaces.

usage: test_slurm.py PARLEY   (run from the repository root, as root)
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unittest

PARLEY = None
CORPUS = ["examples/articles", "tests/data/unseen/articles", "tests/data/dev/articles", "tests/data/html",
          "tests/data/warc/news-1.1.warc"]
SHARDS = 4
SOURCE_BASE = "https://corpus.example.org/"
SKIP = 77


def wait_for(what, check, seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if check():
            return
        time.sleep(0.2)
    raise AssertionError("timed out waiting for " + what)


class SlurmCluster:
    """munged, slurmctld and slurmd in a private directory; stop() ends them all."""

    def __init__(self, root):
        self.root = root
        self.env = dict(os.environ, SLURM_CONF=os.path.join(root, "slurm.conf"))
        self.pid_files = {}

    def path(self, *parts):
        return os.path.join(self.root, *parts)

    def start(self):
        for d in ("munge", "state", "spool", "log"):
            os.mkdir(self.path(d), 0o700)
        with open(self.path("munge", "munge.key"), "wb") as f:
            f.write(os.urandom(1024))
        os.chmod(self.path("munge", "munge.key"), 0o400)
        socket = self.path("munge", "munge.socket")
        self.pid_files["munged"] = self.path("munge", "munged.pid")
        subprocess.run(["munged", "--force", "--key-file", self.path("munge", "munge.key"), "--socket", socket,
                        "--pid-file", self.pid_files["munged"], "--log-file", self.path("munge", "munged.log"),
                        "--seed-file", self.path("munge", "munged.seed")], check=True)
        self.pid_files["slurmctld"] = self.path("slurmctld.pid")
        self.pid_files["slurmd"] = self.path("slurmd.pid")
        with open(self.env["SLURM_CONF"], "w") as f:
            f.write("\n".join([
                "ClusterName=parleytest",
                "SlurmctldHost=localhost(127.0.0.1)",
                "SlurmctldPort=6817",
                "SlurmdPort=6818",
                "AuthType=auth/munge",
                "AuthInfo=socket=" + socket,
                "CredType=cred/munge",
                "SlurmUser=root",
                "SlurmdUser=root",
                "StateSaveLocation=" + self.path("state"),
                "SlurmdSpoolDir=" + self.path("spool"),
                "SlurmctldPidFile=" + self.pid_files["slurmctld"],
                "SlurmdPidFile=" + self.pid_files["slurmd"],
                "SlurmctldLogFile=" + self.path("log", "slurmctld.log"),
                "SlurmdLogFile=" + self.path("log", "slurmd.log"),
                # No cgroups: the job runs as plain processes, as in a container.
                "ProctrackType=proctrack/linuxproc",
                "TaskPlugin=task/none",
                "JobAcctGatherType=jobacct_gather/none",
                "AccountingStorageType=accounting_storage/none",
                "JobCompType=jobcomp/none",
                "SchedulerType=sched/builtin",
                "SelectType=select/cons_tres",
                "SelectTypeParameters=CR_CPU",
                "MpiDefault=none",
                "SwitchType=switch/none",
                "ReturnToService=2",
                "NodeName=parleynode NodeHostname=localhost NodeAddr=127.0.0.1 CPUs=%d State=UNKNOWN" % os.cpu_count(),
                "PartitionName=parley Nodes=parleynode Default=YES MaxTime=INFINITE State=UP",
                ""]))
        subprocess.run(["slurmctld", "-f", self.env["SLURM_CONF"]], check=True, env=self.env)
        subprocess.run(["slurmd", "-f", self.env["SLURM_CONF"], "-N", "parleynode"], check=True, env=self.env)
        try:
            wait_for("the node to be idle", lambda: subprocess.run(
                ["sinfo", "-h", "-o", "%T"], capture_output=True, text=True, env=self.env).stdout.strip() == "idle")
        except AssertionError as e:
            raise AssertionError("%s\n%s" % (e, self.logs())) from None

    def logs(self):
        out = []
        for name in ("slurmctld.log", "slurmd.log"):
            try:
                with open(self.path("log", name)) as f:
                    out.append("== %s\n%s" % (name, "".join(f.readlines()[-15:])))
            except OSError:
                pass
        return "\n".join(out)

    def pid(self, name):
        try:
            with open(self.pid_files[name]) as f:
                return int(f.read().strip())
        except (OSError, ValueError, KeyError):
            return None

    def stop(self):
        pids = {name: self.pid(name) for name in ("slurmd", "slurmctld", "munged")}
        subprocess.run(["scontrol", "shutdown"], capture_output=True, env=self.env, timeout=30)
        for name in ("slurmd", "slurmctld", "munged"):
            pid = pids[name]
            if pid is None:
                continue
            if name == "munged":
                try:
                    os.kill(pid, 15)
                except ProcessLookupError:
                    pass
            deadline = time.time() + 20
            while time.time() < deadline and os.path.exists("/proc/%d" % pid):
                time.sleep(0.1)
            if os.path.exists("/proc/%d" % pid):
                try:
                    os.kill(pid, 9)
                except ProcessLookupError:
                    pass


class Slurm(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="parley-slurm-")
        os.chmod(cls.tmp, 0o700)
        cls.cluster = SlurmCluster(os.path.join(cls.tmp, "cluster"))
        os.mkdir(cls.cluster.root, 0o700)
        cls.addClassCleanup(shutil.rmtree, cls.tmp, True)
        cls.addClassCleanup(cls.cluster.stop)
        cls.cluster.start()

    def test_a_job_array_over_four_shards_is_the_graph_of_one_whole_run(self):
        out = os.path.join(self.tmp, "shards")
        p = subprocess.run(["sbatch", "--parsable", "--wait", "--array=1-%d" % SHARDS,
                            "--output=" + os.path.join(self.tmp, "slurm-%A_%a.out"),
                            "--export=ALL,PARLEY=%s,PARLEY_SOURCE_BASE=%s" % (PARLEY, SOURCE_BASE),
                            "scripts/slurm/convert.sbatch", out] + CORPUS,
                           capture_output=True, text=True, env=self.cluster.env, timeout=600)
        logs = ""
        for name in sorted(n for n in os.listdir(self.tmp) if n.startswith("slurm-")):
            with open(os.path.join(self.tmp, name)) as f:
                logs += f.read()
        self.assertEqual(p.returncode, 0, p.stderr + logs)
        names = sorted(os.listdir(out))
        self.assertEqual(names, ["shard-%d-of-%d.nq" % (k, SHARDS) for k in range(1, SHARDS + 1)])
        shards = []
        for name in names:
            with open(os.path.join(out, name), encoding="utf-8") as f:
                shards.append(f.read().splitlines())
        whole = subprocess.run([PARLEY, "convert"] + CORPUS + ["-q", "-f", "nquads", "--source-base", SOURCE_BASE],
                               capture_output=True, text=True, check=True).stdout.splitlines()
        # Each shard holds some articles, no article is in two, and together they are the whole.
        graphs = [{line.rsplit(" ", 2)[1] for line in s} for s in shards]
        self.assertTrue(all(graphs))
        self.assertEqual(sum(len(g) for g in graphs), len(set().union(*graphs)))
        self.assertEqual(sorted(line for s in shards for line in s), sorted(whole))


def main():
    global PARLEY
    PARLEY = os.path.abspath(sys.argv.pop(1))
    if os.environ.get("PARLEY_SLURM_NETNS") != "1":
        missing = [t for t in ("unshare", "ip", "munged", "slurmctld", "slurmd", "sbatch") if not shutil.which(t)]
        if missing:
            print("slurm: not installed: %s (apt-get install slurm-wlm munge)" % " ".join(missing))
            return 1
        probe = subprocess.run(["unshare", "--net", "true"], capture_output=True)
        if probe.returncode != 0:
            print("slurm: skipped: no network namespace here (unshare --net: %s)" % probe.stderr.decode().strip())
            return SKIP
        env = dict(os.environ, PARLEY_SLURM_NETNS="1")
        return subprocess.run(["unshare", "--net", sys.executable, os.path.abspath(__file__), PARLEY] + sys.argv[1:],
                              env=env).returncode
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    # Slurm resolves its listening address with AI_ADDRCONFIG, which glibc answers only where
    # an address outside 127/8 is configured: one more on the namespace's own loopback, which
    # nothing outside the namespace can reach.
    subprocess.run(["ip", "addr", "add", "10.254.254.254/32", "dev", "lo"], check=True)
    result = unittest.main(exit=False, verbosity=1).result
    failed = len(result.failures) + len(result.errors)
    print("slurm: %d passed, %d failed" % (max(0, result.testsRun - failed), failed))
    return 1 if failed or not result.wasSuccessful() else 0


if __name__ == "__main__":
    sys.exit(main())
