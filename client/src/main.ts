// Client shell: shows which service and database answer. The chain views build on this.
const app = document.querySelector<HTMLDivElement>("#app");

async function render(): Promise<void> {
  if (!app) return;
  app.innerHTML = `<h1>产业链图谱 · Chain Atlas</h1><p id="status">加载中… Loading…</p>`;
  const status = app.querySelector<HTMLParagraphElement>("#status");
  try {
    const res = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ serverInfo { name version database { version edition } } }" }),
    });
    const body = (await res.json()) as {
      data?: { serverInfo: { version: string; database: { version: string; edition: string } } };
      errors?: { message: string }[];
    };
    if (!body.data) throw new Error(body.errors?.[0]?.message ?? `HTTP ${res.status}`);
    const info = body.data.serverInfo;
    if (status)
      status.textContent = `API ${info.version} · Neo4j ${info.database.version} (${info.database.edition})`;
  } catch (error) {
    if (status) status.textContent = `数据库不可用 Database unavailable: ${String(error)}`;
  }
}

void render();
