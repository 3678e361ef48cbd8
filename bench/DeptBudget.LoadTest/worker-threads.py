# worker-threads.py SERVER_PID SECONDS: processor time of the threads of the server's children (the read workers),
# summed by thread name and nice, sampled every 0.1 s. A thread that starts and ends between two samples is missed
# (a worker's read thread lives for one read), so the sums show the long-lived threads — the runtime's compiler and
# collector, a worker's start — and which of them run at normal priority beside the lowered read threads.
import collections, os, sys, time
server = int(sys.argv[1]); seconds = float(sys.argv[2]); hz = os.sysconf('SC_CLK_TCK')
last = {}; total = collections.Counter(); workers = set()
def children():
    for p in os.listdir('/proc'):
        if not p.isdigit(): continue
        try:
            s = open(f'/proc/{p}/stat').read()
            if int(s[s.rindex(')') + 2:].split()[1]) == server: yield p
        except (OSError, ValueError): pass
end = time.time() + seconds; first = True
while time.time() < end:
    for p in children():
        workers.add(p)
        try: tasks = os.listdir(f'/proc/{p}/task')
        except OSError: continue
        for t in tasks:
            try:
                s = open(f'/proc/{p}/task/{t}/stat').read()
                name = s[s.index('(') + 1:s.rindex(')')]; r = s[s.rindex(')') + 2:].split()
                cpu = (int(r[11]) + int(r[12])) / hz; nice = int(r[16]); stopped = r[0] == 'T'
            except (OSError, ValueError): continue
            # A thread first seen after the first round was born since: all its time counts.
            d = cpu - last[(p, t)] if (p, t) in last else (0.0 if first else cpu)
            last[(p, t)] = cpu
            total[(name, nice, 'stopped' if stopped else '')] += d
    first = False
    time.sleep(0.1)
print(f'workers seen {len(workers)}')
for (name, nice, state), v in total.most_common(15):
    if v > 0: print(f'{name:18s} nice {nice:3d} {state:7s} {v:6.2f} s')
