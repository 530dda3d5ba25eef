"""Helpers of the packet filter section, scripts/bench.d/firewall.

  policy N FILE            write a policy whose allowlist has N IPv4 /28
                           networks (none adjacent, so none merge) and
                           203.0.113.0/24 last
  serve ADDRESS PORT       accept and close TCP connections until killed
  connect SRC DST PORT N   open and reset N connections; print microseconds
                           per connection
  section JSON... -- KEY=VALUE...
                           print the Markdown of the firewall block of
                           docs/benchmarks.md from hyperfine JSON exports
                           and the measured values
"""

import ipaddress
import json
import socket
import struct
import sys
import time


def policy(count, path):
    base = int(ipaddress.IPv4Address("10.0.0.0"))
    lines = [
        "preset: none",
        "addresses:",
        "  allowlist:",
    ]
    for index in range(count):
        network = ipaddress.IPv4Address(base + index * 64)
        lines.append(f"    - {network}/28")
    lines.append("    - 203.0.113.0/24")
    lines += [
        "management:",
        "  - name: bench",
        "    port: 2222/tcp",
        "    allow: [allowlist]",
        "log: {enabled: false}",
        "",
    ]
    with open(path, "w", encoding="utf-8") as out:
        out.write("\n".join(lines))


def serve(address, port):
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind((address, port))
    server.listen(1024)
    while True:
        connection, _ = server.accept()
        connection.close()


def connect(source, target, port, count):
    # A reset instead of a close leaves no TIME_WAIT entries, so the source
    # ports never run out.
    linger = struct.pack("ii", 1, 0)
    start = time.perf_counter()
    for _ in range(count):
        client = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
        client.settimeout(2)
        client.bind((source, 0))
        client.connect((target, port))
        client.close()
    elapsed = time.perf_counter() - start
    print(f"{elapsed / count * 1e6:.1f}")


def mean_ms(path):
    with open(path, encoding="utf-8") as data:
        result = json.load(data)["results"][0]
    return f"{result['mean'] * 1000:.1f} ± {result['stddev'] * 1000:.1f}"


def section(args):
    split = args.index("--")
    exports, pairs = args[:split], args[split + 1 :]
    values = dict(pair.split("=", 1) for pair in pairs)
    times = {export.rsplit("/", 1)[-1].removesuffix(".json"): mean_ms(export) for export in exports}
    v = values
    print(f"""## Packet filter

Measured by `scripts/bench --only firewall` on {v['date']}, {v['cpu']},
{v['cores']} cores, kernel {v['kernel']}, {v['nft']}, {v['iptables']},
micadoctl commit {v['commit']}, release build. Load average before the
run (1, 5, 15 min): {v['load']}. The policy allows TCP port
2222 from an allowlist of {v['count']} IPv4 /28 networks plus 203.0.113.0/24,
the source of the test connections, which sorts last.

| Step | Mean [ms] | Output |
|:---|---:|---:|
| `firewall render --format nft` | {times['render-nft']} | {v['nft_bytes']} bytes |
| `firewall render --format iptables` | {times['render-iptables']} | {v['v4_bytes']} bytes (rules.v4) |
| `nft -f` of the rendered table | {times['load-nft']} | one set and one rule for the allowlist |
| `iptables-restore --noflush` of rules.v4 | {times['load-iptables']} | {v['iptables_rules']} rules |

Cost of one new TCP connection through the master's input hook (connect
and reset from a client namespace over a veth pair, {v['connections']}
connections, mean microseconds per connection, including the client's
system calls):

| Rules | {v['small']} networks | {v['count']} networks |
|:---|---:|---:|
| none loaded | {v['none_small']} | {v['none_small']} |
| nft: one rule with a set lookup | {v['nft_small']} | {v['nft_large']} |
| iptables: one rule per network | {v['ipt_small']} | {v['ipt_large']} |

The nft rule looks the source up in one interval set. That is a tree
search, whose cost grows at most with the logarithm of the list. Between
10 and 10,000 networks the two nft figures differ only by noise, so the set
lookup does not grow with the list in practice. The iptables chain is
walked rule by rule until the last network matches, so its cost grows with
the list.""")


def main():
    command, args = sys.argv[1], sys.argv[2:]
    if command == "policy":
        policy(int(args[0]), args[1])
    elif command == "serve":
        serve(args[0], int(args[1]))
    elif command == "connect":
        connect(args[0], args[1], int(args[2]), int(args[3]))
    elif command == "section":
        section(args)
    else:
        sys.exit(f"unknown command {command}")


if __name__ == "__main__":
    main()
