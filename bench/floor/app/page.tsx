export default function Page() {
  return (
    <main>
      <h1>Floor</h1>
      <p>One page, rendered on the server at build time, with no client components.</p>
    </main>
  );
}
