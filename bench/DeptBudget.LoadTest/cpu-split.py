# cpu2.py SERVER_PID SECONDS: processor seconds of the server itself, its read workers (live ones + those that
# ended, from the server's cutime/cstime) and every other process of this autogroup (the load-test client).
import os, sys, time
server = int(sys.argv[1]); seconds = float(sys.argv[2]); hz = os.sysconf('SC_CLK_TCK')
mine = open(f'/proc/{server}/autogroup').read().split()[0]
def snap():
    own = kids = other = 0.0
    for p in os.listdir('/proc'):
        if not p.isdigit(): continue
        try:
            s = open(f'/proc/{p}/stat').read(); r = s[s.rindex(')')+2:].split()
            ppid = int(r[1]); t = (int(r[11]) + int(r[12])) / hz
            if int(p) == server: own = t; kids += (int(r[13]) + int(r[14])) / hz
            elif ppid == server: kids += t
            elif open(f'/proc/{p}/autogroup').read().split()[0] == mine and 'python' not in s: other += t
        except Exception: pass
    return own, kids, other
a = snap(); t0 = time.time(); time.sleep(seconds); b = snap(); dt = time.time() - t0
for name, x, y in zip(('server', 'workers', 'client+other'), a, b): print(f'{name:14s} {y-x:6.2f} s  ({(y-x)/dt:4.2f} cores)')
