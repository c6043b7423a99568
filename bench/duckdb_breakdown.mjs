// The question `ascreport breakdown --year YEAR --by service_area` answers, asked of DuckDB:
// statutory complaints received in the financial year, by service area, the areas grouped as
// ascreport groups them (case and runs of spaces aside). Prints "area,count" lines, by area.
//
//   DUCKDB_MODULES=DIR/node_modules node bench/duckdb_breakdown.mjs complaints.csv 2023-04-01 2024-03-31
//
// bench/duckdb installs @duckdb/node-api into DIR (outside the repository) and runs this.
import { createRequire } from 'node:module';

const require = createRequire(`${process.env.DUCKDB_MODULES}/`);
const { DuckDBInstance } = require('@duckdb/node-api');

const [csv, from, to] = process.argv.slice(2);
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
// The export's dates are DD/MM/YYYY (one-digit day or month allowed) or YYYY-MM-DD.
const sql = `
SELECT lower(regexp_replace(trim("Service Area"), '\\s+', ' ', 'g')) AS area, count(*) AS complaints
FROM read_csv('${csv.replaceAll("'", "''")}', all_varchar = true)
WHERE lower(trim("Route")) = 'statutory'
  AND coalesce(try_strptime(trim("Received"), '%Y-%m-%d'), try_strptime(trim("Received"), '%d/%m/%Y'))
      BETWEEN DATE '${from}' AND DATE '${to}'
GROUP BY area ORDER BY area`;
const result = await connection.runAndReadAll(sql);
for (const row of result.getRows()) console.log(row.join(','));
