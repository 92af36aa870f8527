#!/usr/bin/env python3
"""Fault test of a two-node cluster on one MariaDB (issue 18): see tools/fault-test.sh for what it does and checks.

Standard library only. Runs a private MariaDB server (its own data directory and port under target/fault-test), so
killing and restarting it touches no other database on the machine.
"""
import argparse
import base64
import datetime
import itertools
import glob
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(ROOT, "target", "fault-test")
DB_NAME, DB_USER, DB_PASSWORD = "fault_test", "fault", "fault_only_for_tests"
YEAR = time.gmtime().tm_year
CLERK, BUREAU = "chunjiang.clerk", "bureau.clerk"
OVERDUE_CLERK, ADMINISTRATOR, FINANCE = "menghe.clerk", "admin", "finance.liaison"
TOWNS = ["chunjiang", "menghe", "xuejia", "luoxi", "xixiashu", "hehai", "sanjing", "longhutang", "xinqiao"]
AWARD_PER_YEAR = "960"
PASSWORD = "demo"
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"
AFTER_RECOVERY_SECONDS = 30


def log(message):
    print(time.strftime("%H:%M:%S ") + message, flush=True)


def resident_id(born, serial, female):
    """A GB 11643 number of Xinbei (320411), distinct per serial: born `born` plus serial // 400 days, the sequence
    number from the rest, its parity giving the sex, and a valid check digit."""
    birth = (born + datetime.timedelta(days=serial // 400)).strftime("%Y%m%d")
    body = "320411" + birth + "%03d" % ((serial % 400) * 2 + (0 if female else 1))
    return body + ID_CHECK[sum(int(d) * w for d, w in zip(body, ID_WEIGHTS)) % 11]


class Database:
    """A private mariadbd: started, killed with SIGKILL and started again on the same data directory."""

    def __init__(self, port):
        self.port = port
        self.datadir = os.path.join(WORK, "db")
        self.socket = os.path.join(WORK, "db.sock")
        self.process = None

    def install(self):
        shutil.rmtree(self.datadir, ignore_errors=True)
        subprocess.run(["mariadb-install-db", "--no-defaults", "--datadir=" + self.datadir, "--user=" + user(),
                        "--auth-root-authentication-method=normal", "--skip-test-db"],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def start(self):
        self.process = subprocess.Popen(
            ["mariadbd", "--no-defaults", "--datadir=" + self.datadir, "--port=%d" % self.port,
             "--bind-address=127.0.0.1", "--socket=" + self.socket, "--pid-file=" + os.path.join(WORK, "db.pid"),
             "--user=" + user(), "--innodb-buffer-pool-size=256M", "--max-connections=300",
             "--log-error=" + os.path.join(WORK, "db.err")],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(120):
            if subprocess.run(["mariadb-admin", "--no-defaults", "--socket=" + self.socket, "-uroot", "ping"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0:
                return
            time.sleep(0.5)
        raise SystemExit("the private MariaDB did not start, see " + os.path.join(WORK, "db.err"))

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def sql(self, statement, database=DB_NAME):
        args = ["mariadb", "--no-defaults", "--socket=" + self.socket, "-uroot", "-N", "-B"]
        if database:
            args.append(database)
        return subprocess.run(args, input=statement, text=True, check=True, capture_output=True).stdout

    def value(self, statement):
        return int(self.sql(statement).strip().splitlines()[-1])

    def create_schema(self):
        self.sql(f"""create database {DB_NAME} character set utf8mb4 collate utf8mb4_bin;
            create user '{DB_USER}'@'127.0.0.1' identified by '{DB_PASSWORD}';
            grant all privileges on {DB_NAME}.* to '{DB_USER}'@'127.0.0.1';""", database=None)


def user():
    return "root" if os.geteuid() == 0 else os.environ.get("USER", "nobody")


class Node:
    def __init__(self, number, jar, db_port, base_port):
        self.number = number
        self.port = base_port + 2 * (number - 1)
        self.management_port = self.port + 1
        self.jar = jar
        self.db_port = db_port
        self.process = None
        self.log_path = os.path.join(WORK, "node%d.log" % number)

    @property
    def url(self):
        return "http://127.0.0.1:%d" % self.port

    @property
    def management_url(self):
        return "http://127.0.0.1:%d" % self.management_port

    def start(self):
        env = dict(os.environ, SPRING_PROFILES_ACTIVE="mysql", APP_DB_HOST="127.0.0.1", APP_DB_PORT=str(self.db_port),
                   APP_DB_NAME=DB_NAME, APP_DB_USER=DB_USER, APP_DB_PASSWORD=DB_PASSWORD, APP_DEMO_USERS="true",
                   APP_PORT=str(self.port), APP_MANAGEMENT_PORT=str(self.management_port),
                   # The day's escalation scan is started by hand through the operators' endpoint, at a known moment.
                   APP_SUPERVISION_ESCALATION="false")
        with open(self.log_path, "a") as out:
            self.process = subprocess.Popen(["java", "-Xmx512m", "-jar", self.jar], env=env, stdout=out,
                                            stderr=subprocess.STDOUT, cwd=ROOT)

    def wait_ready(self, timeout):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise SystemExit("node %d exited while starting, see %s" % (self.number, self.log_path))
            try:
                with urllib.request.urlopen("http://127.0.0.1:%d/actuator/health/readiness" % self.management_port,
                                            timeout=5) as answer:
                    if answer.status == 200:
                        return
            except (OSError, urllib.error.URLError):
                pass
            time.sleep(1)
        raise SystemExit("node %d not ready after %d s, see %s" % (self.number, timeout, self.log_path))

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(60)
            except subprocess.TimeoutExpired:
                self.kill()


def call(method, url, who, body=None, timeout=30):
    """(status, parsed body or text); status 0 when no answer came (connection refused, reset, time-out)."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method)
    request.add_header("Authorization", "Basic " + base64.b64encode((who + ":" + PASSWORD).encode()).decode())
    if data is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            text = answer.read().decode()
            return answer.status, json.loads(text) if text.startswith(("{", "[")) else text
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(errors="replace")
    except (OSError, urllib.error.URLError):
        return 0, None


class Ledger:
    """What the clients sent and what they were told, for the checks at the end."""

    def __init__(self):
        self.lock = threading.Lock()
        self.intakes = []          # (case number) of every 201
        self.completions = []      # task ids answered 204
        self.statuses = {}         # status -> count
        self.server_errors = []    # (when, url, body) of every 500
        self.outage_answers = {}   # status -> count, while the database was down
        self.database_down = False
        self.races = {"raced": 0, "double_wins": 0, "losers": {}}  # losers: status -> count
        self.transfers = {}        # town -> transfer id answered 201
        self.transfer_races = {"raced": 0, "double_wins": 0, "losers": {}}
        self.transfer_answers = {}  # town -> the last answers, for the report
        # The transfers go in three parts: while node 1 dies, once it is back (a race between two live nodes) and
        # from the moment the database dies.
        self.node_back = threading.Event()
        self.database_killed = threading.Event()
        self.twin_applications = {"sent": 0, "both_created": 0}

    def note(self, status, url, body):
        with self.lock:
            self.statuses[status] = self.statuses.get(status, 0) + 1
            if self.database_down:
                self.outage_answers[status] = self.outage_answers.get(status, 0) + 1
            if status >= 500 and status != 503:
                self.server_errors.append((time.strftime("%H:%M:%S"), url, str(body)[:300]))


def registration(serial):
    wife = resident_id(datetime.date(1990, 3, 3), serial, female=True)
    husband = resident_id(datetime.date(1988, 1, 1), serial, female=False)
    return {"townSlug": "chunjiang", "townBasis": "WIFE_HUKOU", "townBasisAddress": "春江镇魏村12号",
            "registrationDate": time.strftime("%Y-%m-%d"), "marriageDate": "2015-10-01", "wifeName": "故障测试",
            "wifeIdNumber": wife, "husbandName": "李强", "husbandIdNumber": husband, "birthOrder": 1,
            "birthTiming": "BEFORE_BIRTH", "birthDate": "%d-12-31" % YEAR, "docIdentity": True,
            "docMarriageCertificate": True, "commitmentGiven": False, "contactPhone": "13812345678"}


def intake_client(client, nodes, ledger, stop, serials):
    """Registers births; every tenth application is sent to both nodes at once (one woman, one open case)."""
    turn = client
    while not stop.is_set():
        turn += 1
        serial = next(serials)
        senders = nodes if turn % 10 == 0 else [nodes[turn % len(nodes)]]
        answers = [None] * len(senders)

        def send(i, node):
            url = node.url + "/api/birth-registration/registrations"
            answers[i] = call("POST", url, CLERK, registration(serial))
            ledger.note(answers[i][0], url, answers[i][1])

        threads = [threading.Thread(target=send, args=(i, n)) for i, n in enumerate(senders)]
        [t.start() for t in threads]
        [t.join() for t in threads]
        created = [body["caseNumber"] for status, body in answers if status == 201]
        with ledger.lock:
            ledger.intakes.extend(created)
            if len(senders) > 1:
                ledger.twin_applications["sent"] += 1
                ledger.twin_applications["both_created"] += 1 if len(created) > 1 else 0
        if any(status in (0, 503) for status, _ in answers):
            time.sleep(0.5)


def completion_client(nodes, ledger, stop):
    """Completes the town's registration steps; every fifth one through both nodes at once (a task race)."""
    turn = 0
    while not stop.is_set():
        node = nodes[turn % len(nodes)]
        turn += 1
        status, tasks = call("GET", node.url + "/engine-rest/task?processDefinitionKey=birthRegistration"
                             "&taskDefinitionKey=Task_TownRegistration&maxResults=5", CLERK)
        ledger.note(status, node.url + "/engine-rest/task", tasks)
        if status != 200 or not tasks:
            time.sleep(0.5)
            continue
        task = random.choice(tasks)["id"]
        body = {"variables": {"registrationDecision": {"value": "REGISTER"}}}
        racers = nodes if turn % 5 == 0 else [node]
        answers = [None] * len(racers)

        def complete(i, racer):
            url = racer.url + "/engine-rest/task/%s/complete" % task
            answers[i] = call("POST", url, CLERK, body)
            ledger.note(answers[i][0], url, answers[i][1])

        threads = [threading.Thread(target=complete, args=(i, r)) for i, r in enumerate(racers)]
        [t.start() for t in threads]
        [t.join() for t in threads]
        won = [a for a in answers if a[0] == 204]
        with ledger.lock:
            if won:
                ledger.completions.append(task)
            if len(racers) > 1 and won:
                ledger.races["raced"] += 1
                ledger.races["double_wins"] += len(won) - 1
                for loser in [a for a in answers if a[0] != 204]:
                    ledger.races["losers"][loser[0]] = ledger.races["losers"].get(loser[0], 0) + 1


def seed_beneficiaries(db, count):
    """Current 奖扶 beneficiaries straight into the tables, as the re-verification benchmark seeds them."""
    towns = TOWNS
    for start in range(0, count, 500):
        cases, entitlements = [], []
        for i in range(start, min(count, start + 500)):
            case_id, entitlement_id = "fault-case-%06d" % i, "fault-ent-%06d" % i
            number = resident_id(datetime.date(1945, 1, 1), i, female=i % 2 == 0)
            town = towns[i % len(towns)]
            cases.append("('%s','AE-2011-%05d','ASSISTANCE','%s','CLOSED','受益人%d 奖扶资格确认','2011-03-01',"
                         "'2011-06-01','CONFIRMED','2011-06-01 09:00:00','fault-test','2011-06-01 09:00:00',0)"
                         % (case_id, i + 1, town, i + 1))
            entitlements.append("('%s','%s','%s','%s','受益人%d','RURAL_AWARD','2011-06-01',960.00,"
                                "'PER_PERSON_PER_YEAR',2011,1,'%s','ACTIVE','%s|RURAL_AWARD','2011-06-01 09:00:00',"
                                "'JNRCB','6228%012d')"
                                % (entitlement_id, case_id, number, number[:6] + "********" + number[14:], i + 1,
                                   town, number, i))
        db.sql("insert into case_file (id, case_number, case_kind, town_slug, status, title, applied_on, closed_on,"
               " outcome, created_at, created_by, updated_at, version) values " + ",".join(cases) + ";"
               "insert into assistance_entitlement (id, case_id, id_number, id_number_masked, full_name, scheme,"
               " from_date, amount, rate_unit, rate_year, rate_provisional, town_slug, status, active_key, created_at,"
               " agent_bank, bank_account)"
               " values " + ",".join(entitlements) + ";")


def overdue_steps(nodes, db, count):
    """Births registered in another town (whose steps the completion client cannot see), their registration steps then
    made overdue in the database: the escalation scan's work. Returns the steps' task ids."""
    serials = itertools.count(500_000)
    lock = threading.Lock()

    def register():
        while True:
            with lock:
                serial = next(serials)
                if serial >= 500_000 + count:
                    return
            body = dict(registration(serial), townSlug="menghe", townBasisAddress="孟河镇通江村3号")
            for _ in range(5):
                status, answer = call("POST", nodes[serial % 2].url + "/api/birth-registration/registrations",
                                      OVERDUE_CLERK, body)
                if status == 201:
                    break
                time.sleep(1)
            else:
                raise SystemExit("could not register the births to make overdue: %s %s" % (status, answer))

    workers = [threading.Thread(target=register) for _ in range(4)]
    [w.start() for w in workers]
    [w.join() for w in workers]
    db.sql("update ACT_RU_TASK set DUE_DATE_ = now() - interval 2 day where TASK_DEF_KEY_ = 'Task_TownRegistration';")
    return db.sql("select ID_ from ACT_RU_TASK where TASK_DEF_KEY_ = 'Task_TownRegistration';").split()


def transfer_client(nodes, ledger, stop):
    """Finance pays the year's list town by town, each transfer posted to both nodes at once (one payment per person
    and year, whoever wins), three towns while node 1 dies, three once it is back, three from the moment the database
    dies; a transfer answered by no node (a dead node, the database away) is sent again until one says it is recorded
    (201) or already was (400)."""
    order = list(nodes)
    for index, town in enumerate(TOWNS):
        gate = {3: ledger.node_back, 6: ledger.database_killed}.get(index)
        if gate:
            gate.wait(600)
        while True:
            status, payouts = call("GET", order[0].url + "/api/assistance/payouts?year=%d&town=%s" % (YEAR, town),
                                   FINANCE)
            ledger.note(status, "/api/assistance/payouts", payouts)
            if status != 200:
                if stop.is_set() and status not in (0, 503):
                    return
                time.sleep(1)
                order.reverse()
                continue
            body = {"year": str(YEAR), "town": town, "transferReference": "FT-%d-%s" % (YEAR, town),
                    "transferredOn": time.strftime("%Y-%m-%d"), "amount": payouts["total"]}
            answers = [None] * len(order)

            def transfer(i, node):
                url = node.url + "/api/assistance/payouts/transfers"
                answers[i] = call("POST", url, FINANCE, body)
                ledger.note(answers[i][0], url, answers[i][1])

            threads = [threading.Thread(target=transfer, args=(i, n)) for i, n in enumerate(order)]
            [t.start() for t in threads]
            [t.join() for t in threads]
            won = [a for a in answers if a[0] == 201]
            with ledger.lock:
                ledger.transfer_answers[town] = [(a[0], str(a[1])[:200]) for a in answers]
                if won:
                    ledger.transfers[town] = won[0][1]["id"]
                    ledger.transfer_races["raced"] += 1
                    ledger.transfer_races["double_wins"] += len(won) - 1
                    for loser in [a for a in answers if a[0] != 201]:
                        losers = ledger.transfer_races["losers"]
                        losers[loser[0]] = losers.get(loser[0], 0) + 1
            if won or any(a[0] == 400 for a in answers):
                break
            time.sleep(1)
        time.sleep(2)


def first_success_after(nodes, since, timeout):
    """Seconds from `since` until every node answers an API read again."""
    deadline = time.time() + timeout
    pending = set(range(len(nodes)))
    while pending and time.time() < deadline:
        for i in list(pending):
            status, _ = call("GET", nodes[i].url + "/engine-rest/task/count", CLERK, timeout=5)
            if status == 200:
                pending.discard(i)
        time.sleep(0.2)
    return None if pending else time.time() - since


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--short", action="store_true", help="the CI version: fewer beneficiaries, shorter load")
    parser.add_argument("--beneficiaries", type=int)
    parser.add_argument("--db-port", type=int, default=int(os.environ.get("FAULT_DB_PORT", "3317")))
    parser.add_argument("--node-port", type=int, default=int(os.environ.get("FAULT_NODE_PORT", "18080")),
                        help="node 1's port; node 1's management port is the next, node 2's ports the two after")
    args = parser.parse_args()
    beneficiaries = args.beneficiaries or (1000 if args.short else 5000)
    overdue_count = 150 if args.short else 600
    load_seconds = 60 if args.short else 180
    outage_seconds = 8 if args.short else 20

    jars = [j for j in glob.glob(os.path.join(ROOT, "target", "xinbei-pfp-cases-*.jar")) if "plain" not in j]
    if not jars:
        raise SystemExit("no application jar in target/: run ./mvnw -DskipTests package first")
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    db = Database(args.db_port)
    nodes = [Node(1, jars[0], args.db_port, args.node_port), Node(2, jars[0], args.db_port, args.node_port)]
    ledger = Ledger()
    stop = threading.Event()
    failures = []
    try:
        log("private MariaDB on port %d" % args.db_port)
        db.install()
        db.start()
        db.create_schema()
        log("two nodes starting at the same moment on the empty database")
        for node in nodes:
            node.start()
        for node in nodes:
            node.wait_ready(600)
        log("seeding %d beneficiaries with their accounts; the bureau enters the %d award" % (beneficiaries, YEAR))
        seed_beneficiaries(db, beneficiaries)
        status, entered = call("POST", nodes[0].url + "/api/configuration-figures", ADMINISTRATOR,
                               {"kind": "ASSISTANCE_RATE", "key": "RURAL_AWARD", "year": str(YEAR),
                                "amount": AWARD_PER_YEAR, "source": "故障测试：区局确认的年度标准"})
        if status != 201:
            raise SystemExit("entering the %d award answered %s %s" % (YEAR, status, entered))
        log("registering %d births in another town and making their steps overdue" % overdue_count)
        overdue = overdue_steps(nodes, db, overdue_count)

        serials = itertools.count(1)  # shared by the clients: next() on it is atomic
        clients = [threading.Thread(target=intake_client, args=(c, nodes, ledger, stop, serials)) for c in range(3)]
        clients.append(threading.Thread(target=completion_client, args=(nodes, ledger, stop)))
        transfers = threading.Thread(target=transfer_client, args=(nodes, ledger, stop))
        started = time.time()
        [c.start() for c in clients]
        log("load: 3 intake clients and 1 completion client against both nodes")

        time.sleep(5)
        status, progress = call("POST", nodes[0].url + "/api/assistance/reverifications/%d" % YEAR, BUREAU)
        log("re-verification of %d started: %s %s" % (YEAR, status, progress))
        if status != 202:
            failures.append("re-verification start answered %s" % status)
        status, scan = call("POST", nodes[0].management_url + "/actuator/escalationscan", "operator")
        log("the day's escalation scan started through node 1's management port: %s %s" % (status, scan))
        if status != 200 or scan.get("status") not in ("RUNNING", "FINISHED"):
            failures.append("the escalation scan's start answered %s %s" % (status, scan))
        transfers.start()
        log("finance pays the %d list town by town, each transfer through both nodes at once" % YEAR)
        time.sleep(3)
        log("kill -9 node 1 in the middle of the re-verification, the escalation scan and the transfers")
        nodes[0].kill()
        time.sleep(5)
        nodes[0].start()
        nodes[0].wait_ready(600)
        log("node 1 back")
        ledger.node_back.set()
        time.sleep(5)  # a few transfers race between two live nodes

        log("MariaDB killed (kill -9), down for %d s" % outage_seconds)
        ledger.database_down = True
        db.kill()
        ledger.database_killed.set()
        time.sleep(outage_seconds)
        db.start()
        back = time.time()
        ledger.database_down = False
        recovery = first_success_after(nodes, back, 180)
        log("MariaDB back; both nodes answer again after %s s" % (None if recovery is None else round(recovery, 1)))
        if recovery is None:
            failures.append("a node did not recover within 180 s after the database came back")

        # Both nodes up again: load on, so that races meet two live nodes, for at least AFTER_RECOVERY seconds.
        time.sleep(max(load_seconds - (time.time() - started), AFTER_RECOVERY_SECONDS))
        stop.set()
        [c.join(60) for c in clients]
        log("load stopped")
        transfers.join(300)
        if transfers.is_alive():
            failures.append("the transfers did not end within 300 s of the load")

        deadline = time.time() + 600
        while time.time() < deadline:
            status, scan = call("GET", nodes[1].management_url + "/actuator/escalationscan", "operator")
            if status == 200 and scan.get("status") == "FINISHED" or status == 200 and scan.get("failingSteps"):
                break
            time.sleep(2)
        log("escalation scan: %s" % scan)
        if not (status == 200 and scan.get("status") == "FINISHED"):
            failures.append("the escalation scan did not finish: %s" % scan)

        deadline = time.time() + 600
        while time.time() < deadline:
            status, progress = call("GET", nodes[1].url + "/api/assistance/reverifications/%d" % YEAR, BUREAU)
            if status == 200 and progress.get("status") in ("FINISHED", "FAILED"):
                break
            time.sleep(2)
        log("re-verification: %s" % progress)
        if not (status == 200 and progress.get("status") == "FINISHED"):
            failures.append("the re-verification did not finish: %s" % progress)

        # --- checks, from the database ---
        acknowledged = len(ledger.intakes)
        numbers = "','".join(ledger.intakes) or "-"
        found = db.value(f"select count(distinct case_number) from case_file where case_number in ('{numbers}')")
        duplicate_numbers = db.value("select count(*) from (select case_number from case_file group by case_number"
                                     " having count(*) > 1) d")
        done = "','".join(ledger.completions) or "-"
        completed = db.value(f"select count(*) from ACT_HI_TASKINST where ID_ in ('{done}') and END_TIME_ is not null")
        timeline_twins = db.value("select count(*) from (select case_id, event_type, step_key, count(*) from case_event"
                                  " where event_type in ('TASK_CREATED','TASK_COMPLETED','SUPERVISION_RAISED')"
                                  " group by case_id, event_type, step_key having count(*) > 1) d")
        items = db.value(f"select count(*) from assistance_reverification_item where verification_year = {YEAR}")
        distinct_items = db.value("select count(distinct entitlement_id) from assistance_reverification_item"
                                  f" where verification_year = {YEAR}")
        instances = db.value("select count(*) from ACT_HI_PROCINST p join ACT_RE_PROCDEF d on d.ID_ = p.PROC_DEF_ID_"
                             " where d.KEY_ = 'assistanceReverification'")
        locked = db.value("select count(*) from ACT_RU_JOB where LOCK_OWNER_ is not null")
        steps = "','".join(overdue) or "-"
        supervised = db.value(f"select count(*) from supervision_item where overdue_task_id in ('{steps}')")
        supervised_steps = db.value("select count(distinct overdue_task_id) from supervision_item"
                                    f" where overdue_task_id in ('{steps}')")
        supervision_processes = db.value("select count(*) from ACT_HI_PROCINST p join ACT_RE_PROCDEF d"
                                         " on d.ID_ = p.PROC_DEF_ID_ where d.KEY_ = 'caseSupervision'")
        all_items = db.value("select count(*) from supervision_item")
        payments = db.value(f"select count(*) from assistance_payment where pay_year = {YEAR}")
        paid_persons = db.value(f"select count(distinct entitlement_id) from assistance_payment where pay_year = {YEAR}")
        recorded_transfers = db.value(f"select count(*) from assistance_transfer where pay_year = {YEAR}")
        transfer_persons = db.value(f"select coalesce(sum(persons), 0) from assistance_transfer where pay_year = {YEAR}")
        acknowledged_transfers = "','".join(ledger.transfers.values()) or "-"
        kept_transfers = db.value(f"select count(*) from assistance_transfer where id in ('{acknowledged_transfers}')")

        rows = [("intakes acknowledged (201)", acknowledged), ("  found in case_file", found),
                ("  case numbers twice", duplicate_numbers),
                ("completions acknowledged (204)", len(ledger.completions)), ("  completed in history", completed),
                ("timeline entries twice", timeline_twins),
                ("one application to both nodes at once / two cases", "%(sent)d / %(both_created)d"
                 % ledger.twin_applications),
                ("task races won / won twice", "%d / %d" % (ledger.races["raced"], ledger.races["double_wins"])),
                ("  answers to the losers", json.dumps(ledger.races["losers"])),
                ("re-verification tasks / beneficiaries", "%d / %d" % (items, beneficiaries)),
                ("  distinct beneficiaries / process instances", "%d / %d" % (distinct_items, instances)),
                ("overdue steps / 督办 items for them (distinct)", "%d / %d (%d)"
                 % (len(overdue), supervised, supervised_steps)),
                ("  督办 items in all / caseSupervision processes", "%d / %d" % (all_items, supervision_processes)),
                ("payments of the year / persons paid / beneficiaries", "%d / %d / %d"
                 % (payments, paid_persons, beneficiaries)),
                ("transfers recorded / persons in them", "%d / %d" % (recorded_transfers, transfer_persons)),
                ("  acknowledged (201) / kept", "%d / %d" % (len(ledger.transfers), kept_transfers)),
                ("  raced / won twice", "%(raced)d / %(double_wins)d" % ledger.transfer_races),
                ("  answers to the losers", json.dumps(ledger.transfer_races["losers"])),
                ("answers during the outage", json.dumps(ledger.outage_answers)),
                ("answers in all", json.dumps(dict(sorted(ledger.statuses.items())))),
                ("seconds to recover after the database", None if recovery is None else round(recovery, 1)),
                ("jobs still locked at the end", locked)]
        print()
        for label, value in rows:
            print("| %-52s | %-40s |" % (label, value))
        print()
        if found != acknowledged:
            failures.append("%d acknowledged intakes missing" % (acknowledged - found))
        if duplicate_numbers:
            failures.append("%d case numbers twice" % duplicate_numbers)
        if completed != len(ledger.completions):
            failures.append("%d acknowledged completions not in history" % (len(ledger.completions) - completed))
        if timeline_twins:
            failures.append("%d timeline entries twice" % timeline_twins)
        if ledger.twin_applications["both_created"]:
            failures.append("%d applications sent to both nodes made two cases"
                            % ledger.twin_applications["both_created"])
        if ledger.races["double_wins"]:
            failures.append("%d tasks completed twice in a race" % ledger.races["double_wins"])
        # A dead node gives no answer (0) and a database away 503; any other answer to a loser is wrong.
        wrong = {status: n for status, n in ledger.races["losers"].items() if status not in (409, 0, 503)}
        if wrong:
            failures.append("task-race losers answered %s instead of 409" % wrong)
        if not (items == distinct_items == instances == beneficiaries):
            failures.append("re-verification: %d tasks, %d beneficiaries, %d instances for %d"
                            % (items, distinct_items, instances, beneficiaries))
        if not (supervised == supervised_steps == len(overdue)):
            failures.append("督办: %d items (%d steps) for %d overdue steps" % (supervised, supervised_steps,
                                                                            len(overdue)))
        if supervision_processes != all_items:
            failures.append("督办: %d caseSupervision processes for %d items" % (supervision_processes, all_items))
        if not (payments == paid_persons == transfer_persons == beneficiaries):
            failures.append("payments: %d rows, %d persons, %d in the transfers, for %d beneficiaries; last answers %s"
                            % (payments, paid_persons, transfer_persons, beneficiaries,
                               json.dumps(ledger.transfer_answers, ensure_ascii=False)[:1500]))
        if recorded_transfers != len(TOWNS):
            failures.append("%d transfers recorded for the %d towns' lists" % (recorded_transfers, len(TOWNS)))
        if kept_transfers != len(ledger.transfers):
            failures.append("%d acknowledged transfers not kept" % (len(ledger.transfers) - kept_transfers))
        if ledger.transfer_races["double_wins"]:
            failures.append("%d transfers recorded twice in a race" % ledger.transfer_races["double_wins"])
        wrong = {status: n for status, n in ledger.transfer_races["losers"].items() if status not in (400, 0, 503)}
        if wrong:
            failures.append("transfer-race losers answered %s instead of 400" % wrong)
        if ledger.server_errors:
            failures.append("%d answers 5xx other than 503, first: %s" % (len(ledger.server_errors),
                                                                          ledger.server_errors[0]))
        if acknowledged == 0 or not ledger.completions:
            failures.append("the load did no work (no intake or completion acknowledged)")
    finally:
        stop.set()
        for node in nodes:
            node.stop()
        if db.process and db.process.poll() is None:
            db.process.terminate()
            db.process.wait(60)
    if failures:
        print("FAULT TEST FAILED:\n  " + "\n  ".join(failures))
        sys.exit(1)
    print("fault test passed: nothing lost, nothing twice")


if __name__ == "__main__":
    main()
