// The waiting-room display: called numbers and desks, and a short chime on every call. Browsers
// keep sound off until someone clicks on the page, hence the "Geluid aan" button.
'use strict';

(() => {
  const boot = JSON.parse(document.getElementById('bootstrap').textContent);
  const $ = (id) => document.getElementById(id);
  let audio = null;
  let called = [];
  let nextStep = []; // numbers that got the next step: they will not be called today
  let announced = null;
  let freshTimer = null;

  function chime() {
    if (!audio) return;
    const start = audio.currentTime + 0.05;
    [880, 660].forEach((frequency, i) => {
      const tone = audio.createOscillator();
      const volume = audio.createGain();
      tone.type = 'sine';
      tone.frequency.value = frequency;
      const at = start + i * 0.35;
      volume.gain.setValueAtTime(0.0001, at);
      volume.gain.exponentialRampToValueAtTime(0.4, at + 0.03);
      volume.gain.exponentialRampToValueAtTime(0.0001, at + 0.32);
      tone.connect(volume).connect(audio.destination);
      tone.start(at);
      tone.stop(at + 0.34);
    });
    document.body.dataset.chimes = String(Number(document.body.dataset.chimes) + 1);
  }

  function lines(node, texts) {
    node.replaceChildren(
      ...texts.map((line) => {
        const p = document.createElement('p');
        p.textContent = line;
        return p;
      }));
  }

  function renderNextStep() {
    $('next-step').hidden = nextStep.length === 0;
    $('next-step-numbers').replaceChildren(
      ...nextStep.map((number) => {
        const item = document.createElement('li');
        item.className = 'number';
        item.textContent = number;
        return item;
      }));
  }

  function render() {
    renderNextStep();
    const latest =
      (announced && called.find((c) => c.number === announced.number)) || called[0] || null;
    $('latest').hidden = !latest;
    $('none').hidden = !!latest;
    if (latest) {
      $('latest-number').textContent = latest.number;
      $('latest-desk').textContent = '\u2192 ' + latest.desk;
    }
    $('earlier').replaceChildren(
      ...called
        .filter((c) => c !== latest)
        .map((c) => {
          const item = document.createElement('li');
          const number = document.createElement('span');
          number.className = 'number';
          number.textContent = c.number;
          item.append(number, ' \u2192 ' + c.desk);
          return item;
        }));
  }

  function listen() {
    const events = new EventSource('/display/events');
    events.addEventListener('display', (event) => {
      const board = JSON.parse(event.data);
      called = board.called;
      nextStep = board.nextStep || [];
      render();
    });
    events.addEventListener('call', (event) => {
      announced = JSON.parse(event.data);
      if (!called.some((c) => c.number === announced.number)) {
        called = [{ number: announced.number, desk: announced.desk }, ...called];
      }
      render();
      $('latest').classList.add('fresh');
      clearTimeout(freshTimer);
      freshTimer = setTimeout(() => $('latest').classList.remove('fresh'), 10000);
      chime();
    });
    // A stream the kiosk refused (too many screens, a restart) is closed for good by the browser:
    // ask again when the refusal's Retry-After has passed.
    events.onerror = () => {
      if (events.readyState === EventSource.CLOSED) setTimeout(listen, 30000);
    };
  }

  $('titles').textContent = boot.titles.join(' \u00b7 ');
  $('place').textContent = boot.location;
  $('none').replaceChildren(
    ...boot.waiting.map((line) => {
      const p = document.createElement('p');
      p.textContent = line;
      return p;
    }));
  $('next-step-title').textContent = boot.nextStepTitles.join(' \u00b7 ');
  lines($('next-step-text'), boot.nextStepTexts);
  $('sound').textContent = boot.soundOn;
  $('sound-on').textContent = boot.soundIsOn;
  $('sound').addEventListener('click', () => {
    const Context = window.AudioContext || window.webkitAudioContext;
    audio = new Context();
    audio.resume();
    $('sound').hidden = true;
    $('sound-on').hidden = false;
    chime();
  });
  render();
  listen();
})();
