import pg from 'pg';
import fs from 'node:fs';
const db = new pg.Client({
  connectionString: fs.readFileSync(`${process.env.PROBE_TMP ?? '/tmp/probe13'}/dburl`, 'utf8').trim(),
});
await db.connect();
const end = Date.now() + Number(process.argv[2] ?? 20000);
while (Date.now() < end) {
  const r = await db.query(
    `select state, wait_event_type||':'||coalesce(wait_event,'') w, left(regexp_replace(query,'\\s+',' ','g'),70) q, count(*) n from pg_stat_activity where application_name='pilotmatch' group by 1,2,3 order by n desc limit 6`,
  );
  console.log(new Date().toISOString().slice(17, 23), r.rows.map((x) => `${x.n}×${x.state}/${x.w}/${x.q}`).join(' | '));
  await new Promise((ok) => setTimeout(ok, 1000));
}
await db.end();
