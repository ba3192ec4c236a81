#!/usr/bin/env python3
"""Writes one migration in the three dialects from a compact table list (kept for the maintainers;
the generated SQL files are what ships and what teams read). Usage: ddl.py VERSION NAME SPEC.py"""
import sys, pathlib, runpy

TYPES = {
    'id':      {'h2': 'CHAR(36)', 'postgresql': 'CHAR(36)', 'mariadb': 'CHAR(36)'},
    'text':    {'h2': 'VARCHAR(500)', 'postgresql': 'VARCHAR(500) COLLATE "C"', 'mariadb': 'VARCHAR(500)'},
    'enum':    {'h2': 'VARCHAR(60)', 'postgresql': 'VARCHAR(60)', 'mariadb': 'VARCHAR(60)'},
    'instant': {'h2': 'TIMESTAMP(6) WITH TIME ZONE', 'postgresql': 'TIMESTAMPTZ', 'mariadb': 'DATETIME(6)'},
    'bool':    {'h2': 'BOOLEAN', 'postgresql': 'BOOLEAN', 'mariadb': 'BOOLEAN'},
    'long':    {'h2': 'BIGINT', 'postgresql': 'BIGINT', 'mariadb': 'BIGINT'},
    'doc':     {'h2': 'CHARACTER LARGE OBJECT', 'postgresql': 'TEXT', 'mariadb': 'LONGTEXT'},
}
ENGINE = {'h2': '', 'postgresql': '', 'mariadb': ' ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin'}

def main():
    version, name, spec = sys.argv[1], sys.argv[2], runpy.run_path(sys.argv[3])
    root = pathlib.Path(__file__).resolve().parents[1] / 'main/resources/io/watchfloor/adapters/jdbc/migration'
    for dialect in ('h2', 'postgresql', 'mariadb'):
        out = [f'-- Watchfloor schema, {dialect}. V{version}: {spec["TITLE"]}', '-- ' + spec['NOTE'], '']
        for table in spec['TABLES']:
            cols = [('id', 'id', 'NOT NULL PRIMARY KEY'), ('version', 'long', 'NOT NULL')]
            cols += [(c, t, 'NULL' if nullable else 'NOT NULL') for c, t, nullable in table['columns']]
            cols += [('doc', 'doc', 'NOT NULL')]
            if table.get('comment'):
                out.append('-- ' + table['comment'])
            out.append(f'CREATE TABLE {table["name"]} (')
            out.append(',\n'.join(f'    {c:<16} {TYPES[t][dialect]} {extra}' for c, t, extra in cols))
            out.append(f'){ENGINE[dialect]};')
            for i, unique in enumerate(table.get('unique', [])):
                out.append(f'CREATE UNIQUE INDEX {table["name"]}_u{i} ON {table["name"]} ({", ".join(unique)});')
            for i, index in enumerate(table.get('index', [])):
                out.append(f'CREATE INDEX {table["name"]}_i{i} ON {table["name"]} ({", ".join(index)});')
            out.append('')
        extra = spec.get('EXTRA', {}).get(dialect)
        if extra:
            out.append(extra.strip())
            out.append('')
        path = root / dialect / f'V{version}__{name}.sql'
        path.write_text('\n'.join(out))
        print(path)

main()
