import { render } from 'preact';

function Popup() {
  return <main>Backstory</main>;
}

render(<Popup />, document.getElementById('app')!);
