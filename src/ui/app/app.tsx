export function App() {
  return (
    <main className="p-6">
      <h1 className="text-xl font-semibold">Coding Workbench</h1>
      <p>Starting…</p>
    </main>
  );
}
