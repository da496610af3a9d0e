// The gids console in a browser. The kiosk decides everything (ConsoleService); this page shows
// its board, sends one POST per tap, and keeps only which ticket this gids is helping.
'use strict';

(() => {
  const boot = JSON.parse(document.getElementById('bootstrap').textContent);
  const csrf = document.querySelector('meta[name="csrf-token"]').content;
  const desk = document.querySelector('meta[name="desk"]').content;
  const $ = (id) => document.getElementById(id);

  let board = null;
  let current = null; // the ticket row this gids is helping
  // Boards received so far. The answer to a call can arrive before the board that shows it; a
  // ticket is only let go when a board that came after it was taken on still lacks it.
  let boards = 0;
  let currentSince = 0;
  let pending = null; // the outcome waiting for its partner (second tap)
  let confirming = null; // "left without help", waiting for "Ja, vastleggen"
  let correcting = false; // the current ticket is a finished one whose outcome is being changed
  // The visit just finished here, which can take a further question ("Nog een vraag"), and that
  // question while the gids chooses it: { question, outcome }.
  let finished = null;
  let another = null;
  let busy = false;
  // A contact without a ticket being recorded (decision 1003): channel, question, outcome.
  let contact = null;

  function text(key, values) {
    let result = boot.texts[key] || key;
    for (const [name, value] of Object.entries(values || {})) {
      result = result.split('{' + name + '}').join(String(value));
    }
    return result;
  }

  function element(tag, className, content) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (content !== undefined) node.textContent = content;
    return node;
  }

  function icon(name) {
    const path = boot.icons[name];
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('class', 'icon');
    svg.setAttribute('aria-hidden', 'true');
    if (path) {
      const shape = document.createElementNS('http://www.w3.org/2000/svg', 'path');
      shape.setAttribute('d', path);
      shape.setAttribute('fill-rule', 'evenodd');
      svg.appendChild(shape);
    }
    return svg;
  }

  function actionId() {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  }

  function say(message, problem) {
    const line = $('message');
    line.textContent = message;
    line.classList.toggle('problem', problem);
    line.hidden = !message;
  }

  // One action at a time: a double click on "call next" calls one visitor, not two.
  async function post(path, body) {
    if (busy) return null;
    busy = true;
    document.body.classList.add('busy');
    try {
      const response = await fetch(path, {
        method: 'POST',
        credentials: 'same-origin',
        headers: {
          'Content-Type': 'application/json',
          'X-CSRF-Token': csrf,
          'X-Action-Id': actionId(),
        },
        body: JSON.stringify(body || {}),
      });
      if (response.status === 401) {
        location.href = '/login?expired';
        return null;
      }
      const answer = await response.json();
      say(answer.message, !answer.done);
      return answer;
    } catch (e) {
      say(text('console.connection.lost'), true);
      return null;
    } finally {
      busy = false;
      document.body.classList.remove('busy');
      render();
    }
  }

  function help(ticket) {
    finished = null;
    another = null;
    current = ticket;
    currentSince = boards;
    pending = null;
    confirming = null;
    correcting = false;
  }

  function correct(row) {
    help(row);
    correcting = true;
    say('', false);
    render();
  }

  // A handed-on visit has its first outcome: whoever calls it records a further question.
  function helpFurther(ticket) {
    letGo();
    finished = ticket;
    another = { question: null, outcome: null };
  }

  function taken(ticket) {
    if (ticket.outcome) helpFurther(ticket);
    else help(ticket);
  }

  function letGo() {
    current = null;
    pending = null;
    confirming = null;
    correcting = false;
  }

  async function call(ticket) {
    const answer = await post('/console/api/call', { ticket });
    if (answer && answer.done) {
      taken(answer.ticket);
      $('number').value = '';
    }
    render();
  }

  async function callNext() {
    const answer = await post('/console/api/call-next');
    if (answer && answer.done) taken(answer.ticket);
    render();
  }

  async function handOn() {
    if (!finished) return;
    const answer = await post('/console/api/handon', { reference: finished.reference });
    if (answer && answer.done) {
      finished = null;
      another = null;
    }
    render();
  }

  async function finish(outcome, partner) {
    if (!current) return;
    const answer = await post(correcting ? '/console/api/correct' : '/console/api/finish', {
      reference: current.reference,
      outcome: outcome.code,
      partner: partner || '',
    });
    if (answer && answer.done) {
      letGo();
      finished = answer.ticket;
      another = null;
    }
    render();
  }

  async function addQuestion(outcome, partner) {
    if (!finished || !another || !another.question) return;
    const answer = await post('/console/api/question', {
      reference: finished.reference,
      question: another.question,
      situation: finished.situationCode || '',
      outcome: outcome.code,
      partner: partner || '',
    });
    if (answer && answer.done) another = null;
    render();
  }

  function chooseAnother(outcome) {
    if (!another || busy) return;
    if (outcome.partner === 'none') {
      addQuestion(outcome, null);
      return;
    }
    another.outcome = outcome;
    render();
  }

  function choose(outcome) {
    if (!current || busy) return;
    if (outcome.confirm) {
      confirming = outcome;
      render();
      return;
    }
    if (outcome.partner === 'none') {
      finish(outcome, null);
      return;
    }
    pending = outcome;
    render();
  }

  function choiceButton(id, label, onClick) {
    const button = element('button', '', label);
    button.type = 'button';
    button.id = id;
    button.addEventListener('click', onClick);
    return button;
  }

  async function recordContact(partner) {
    const answer = await post('/console/api/contact', {
      channel: contact.channel,
      question: contact.question,
      outcome: contact.outcome.code,
      partner: partner || '',
      people: contact.channel === 'group' ? Number($('contact-people').value) : null,
    });
    if (answer && answer.done) contact = null;
    render();
  }

  function chooseContactOutcome(outcome) {
    contact.outcome = outcome;
    if (outcome.partner === 'none') recordContact(null);
    else render();
  }

  function renderContact() {
    $('contact-open').hidden = !!contact;
    $('contact').hidden = !contact;
    if (!contact) return;
    $('contact-people-line').hidden = contact.channel !== 'group';
    $('contact-step-question').hidden = !contact.channel;
    $('contact-step-outcome').hidden = !contact.question || !!contact.outcome;
    $('contact-step-partner').hidden = !contact.outcome;
    document.querySelectorAll('#contact-channels button').forEach((button) => {
      button.classList.toggle('chosen', button.id === 'contact-channel-' + contact.channel);
    });
    document.querySelectorAll('#contact-questions button').forEach((button) => {
      button.classList.toggle('chosen', button.id === 'contact-question-' + contact.question);
    });
    if (contact.outcome) {
      const order = boot.partnerOrder[contact.question] || Object.keys(boot.partners);
      const buttons = order.map((code) =>
        choiceButton('contact-partner-' + code, boot.partners[code], () => recordContact(code)));
      if (contact.outcome.partner === 'optional') {
        buttons.push(
          choiceButton('contact-partner-none', text('console.partner.none'), () =>
            recordContact(null)));
      }
      $('contact-partners').replaceChildren(...buttons);
    }
  }

  function ticketButton(row, id, onClick) {
    const button = element('button', 'ticket' + (row.earlierDay ? ' earlier' : ''));
    button.type = 'button';
    button.id = id;
    button.appendChild(element('span', 'number', row.number));
    button.appendChild(icon(row.icon));
    const what = element('span', 'what');
    what.appendChild(element('span', 'question', row.question));
    if (row.situation) what.appendChild(element('span', 'situation', row.situation));
    button.appendChild(what);
    button.appendChild(element('span', 'when', row.when));
    button.addEventListener('click', onClick);
    const item = element('li');
    item.appendChild(button);
    return item;
  }

  function referral(row) {
    const item = element('li', 'referral');
    item.id = 'referral-' + row.reference;
    item.appendChild(element('span', 'number', row.number));
    item.appendChild(element('span', 'what', row.outcome + ' · ' + row.question));
    if (row.confirmed) {
      item.appendChild(element('span', 'badge', text('console.referrals.confirmed')));
    } else {
      const confirm = element('button', 'plain', text('console.referrals.confirm'));
      confirm.type = 'button';
      confirm.id = 'confirm-' + row.reference;
      confirm.addEventListener('click', () =>
        post('/console/api/confirm', { reference: row.reference }));
      item.appendChild(confirm);
    }
    return item;
  }

  function finishedRow(row) {
    const item = element('li', 'referral');
    item.id = 'finished-' + row.reference;
    item.appendChild(element('span', 'number', row.number));
    item.appendChild(element('span', 'what', row.outcome + ' · ' + row.question));
    const change = element('button', 'plain', text('console.correct'));
    change.type = 'button';
    change.id = 'correct-' + row.reference;
    change.addEventListener('click', () => correct(row));
    item.appendChild(change);
    return item;
  }

  function renderBoard() {
    $('counts').textContent = board.counts;
    $('outcome-counts').textContent = board.confirmedCounts;
    $('presence-bar').hidden = !board.presence;
    $('presence').textContent = board.presence;
    const printer = $('printer');
    printer.textContent = board.printer.text;
    printer.className = 'chip ' + board.printer.level.toLowerCase();
    const disk = $('disk');
    disk.hidden = !board.disk;
    disk.textContent = board.disk || '';
    const sync = $('sync');
    sync.hidden = !board.sync;
    if (board.sync) {
      sync.textContent = board.sync.text;
      sync.className = 'chip' + (board.sync.warning ? ' warning' : '');
    }

    $('waiting-title').textContent = text('console.waiting.title', { count: board.waiting.length });
    $('waiting-empty').hidden = board.waiting.length > 0;
    const earlier = board.waiting.some((row) => row.earlierDay);
    $('earlier-hint').hidden = !earlier;
    $('earlier-hint').textContent = text('console.earlier.hint', { left: outcomeLabel('left') });
    $('waiting').replaceChildren(
      ...board.waiting.map((row) =>
        ticketButton(row, 'waiting-' + row.reference, () => call(row.reference))));

    $('called-title').hidden = board.called.length === 0;
    $('called').replaceChildren(
      ...board.called.map((row) =>
        ticketButton(row, 'called-' + row.reference, () => {
          help(row);
          say('', false);
          render();
        })));

    $('referrals-empty').hidden = board.referrals.length > 0;
    $('referrals').replaceChildren(...board.referrals.map(referral));
    $('finished-part').hidden = board.finished.length === 0;
    $('finished').replaceChildren(...board.finished.map(finishedRow));
  }

  function renderCurrent() {
    if (current && board && !busy) {
      // Finished or put back by someone else: the board no longer has it as called.
      const open = correcting ? board.finished : board.called;
      const fresh = open.find((row) => row.reference === current.reference);
      if (fresh) current = fresh;
      else if (boards > currentSince) letGo();
    }
    $('current-none').hidden = !!current;
    $('current').hidden = !current;
    $('call-next').disabled = busy;
    if (!current) return;
    $('current-number').textContent = current.number;
    const question = $('current-question');
    question.replaceChildren(icon(current.icon), element('span', '', current.question));
    $('current-situation').textContent = current.situation;
    $('current-situation').hidden = !current.situation;
    $('current-when').textContent = current.when;
    $('step-outcome').hidden = !!pending || !!confirming;
    $('step-partner').hidden = !pending;
    $('step-confirm').hidden = !confirming;
    // A finished ticket being corrected is not called: nothing to call again or put back.
    $('recall').hidden = correcting;
    $('undo').hidden = correcting;
    $('outcome-question').textContent = correcting
      ? text('console.correct.question', { ticket: current.number, outcome: current.outcome })
      : text('console.outcome.question');
    if (confirming) {
      $('confirm-question').textContent =
        text('console.confirm.question', { ticket: current.number, outcome: confirming.label });
    }
    if (pending) {
      $('partner-question').textContent =
        pending.label + ': ' + text('console.partner.question');
      const order =
        boot.partnerOrder[current.questionCode + '/' + current.situationCode] ||
        boot.partnerOrder[current.questionCode] ||
        Object.keys(boot.partners);
      $('partners').replaceChildren(
        ...order.map((code) => {
          const button = element('button', '', boot.partners[code]);
          const route = board && board.partnerRoutes[code];
          if (route) button.appendChild(element('span', 'route', route));
          button.type = 'button';
          button.id = 'partner-' + code;
          button.addEventListener('click', () => finish(pending, code));
          return button;
        }));
      $('partner-none').hidden = pending.partner !== 'optional';
    }
  }

  function renderAnother() {
    $('another').hidden = !finished || !!current;
    if (!finished || current) return;
    $('another-question').hidden = !!another;
    $('another-question').textContent = text('console.anotherQuestion') + ' · ' + finished.number;
    $('hand-on').hidden = !!another;
    $('hand-on').textContent = text('console.handOn') + ' · ' + finished.number;
    $('another-steps').hidden = !another;
    if (!another) return;
    $('another-which').textContent =
      text('console.anotherQuestion.which', { ticket: finished.number });
    const choosingOutcome = !!another.question && !another.outcome;
    const choosingPartner = !!another.outcome;
    $('another-questions').hidden = !!another.question;
    $('another-outcome-title').hidden = !choosingOutcome;
    $('another-outcomes').hidden = !choosingOutcome;
    $('another-partner-title').hidden = !choosingPartner;
    $('another-partners').hidden = !choosingPartner;
    if (choosingPartner) {
      const outcome = another.outcome;
      const order =
        boot.partnerOrder[another.question + '/' + finished.situationCode] ||
        boot.partnerOrder[another.question] ||
        Object.keys(boot.partners);
      const buttons = order.map((code) => {
        const button = element('button', '', boot.partners[code]);
        button.type = 'button';
        button.id = 'another-partner-' + code;
        button.addEventListener('click', () => addQuestion(outcome, code));
        return button;
      });
      if (outcome.partner === 'optional') {
        const none = element('button', 'plain', text('console.partner.none'));
        none.type = 'button';
        none.id = 'another-partner-none';
        none.addEventListener('click', () => addQuestion(outcome, null));
        buttons.push(none);
      }
      $('another-partners').replaceChildren(...buttons);
    }
  }

  function render() {
    if (board) renderBoard();
    renderCurrent();
    renderAnother();
    renderContact();
  }

  function outcomeLabel(code) {
    const outcome = boot.outcomes.find((o) => o.code === code);
    return outcome ? outcome.label : code;
  }

  function setUp() {
    document.querySelectorAll('[data-text]').forEach((node) => {
      node.textContent = text(node.dataset.text);
    });
    $('title').textContent = text('console.title') + ' · ' + desk;
    $('place').textContent = boot.location;
    $('referrals-hint').textContent =
      text('console.referrals.hint', { confirm: text('console.referrals.confirm') });
    $('outcomes').replaceChildren(
      ...boot.outcomes.map((outcome) => {
        const button = element('button', '', outcome.label);
        button.type = 'button';
        button.id = 'outcome-' + outcome.code;
        button.addEventListener('click', () => choose(outcome));
        return button;
      }));
    $('another-questions').replaceChildren(
      ...boot.questions.map((question) => {
        const button = element('button', '', question.label);
        button.type = 'button';
        button.id = 'another-q-' + question.code;
        button.addEventListener('click', () => {
          if (!another) return;
          another.question = question.code;
          render();
        });
        return button;
      }));
    $('another-outcomes').replaceChildren(
      ...boot.outcomes.map((outcome) => {
        const button = element('button', '', outcome.label);
        button.type = 'button';
        button.id = 'another-outcome-' + outcome.code;
        button.addEventListener('click', () => chooseAnother(outcome));
        return button;
      }));
    $('hand-on').addEventListener('click', handOn);
    $('another-question').addEventListener('click', () => {
      if (!finished) return;
      another = { question: null, outcome: null };
      say('', false);
      render();
    });
    $('another-back').addEventListener('click', () => {
      another = null;
      render();
    });
    $('contact-people-label').textContent = text('console.contact.people', { max: 99 });
    $('contact-channels').replaceChildren(
      ...boot.channels.map((channel) =>
        choiceButton('contact-channel-' + channel.code, channel.label, () => {
          contact = { channel: channel.code, question: null, outcome: null };
          render();
        })));
    $('contact-questions').replaceChildren(
      ...boot.questions.map((question) =>
        choiceButton('contact-question-' + question.code, question.label, () => {
          contact.question = question.code;
          contact.outcome = null;
          render();
        })));
    $('contact-outcomes').replaceChildren(
      ...boot.outcomes.map((outcome) =>
        choiceButton('contact-outcome-' + outcome.code, outcome.label, () =>
          chooseContactOutcome(outcome))));
    $('contact-open').addEventListener('click', () => {
      contact = { channel: null, question: null, outcome: null };
      say('', false);
      render();
    });
    $('contact-cancel').addEventListener('click', () => {
      contact = null;
      render();
    });
    $('call-next').addEventListener('click', callNext);
    // A keyboard-wedge scanner types the QR link and Enter here; the kiosk reads the reference.
    $('number-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const typed = $('number').value.trim();
      if (typed) call(typed);
    });
    $('recall').addEventListener('click', () =>
      current && post('/console/api/recall', { reference: current.reference }));
    $('undo').addEventListener('click', async () => {
      if (!current) return;
      const answer = await post('/console/api/undo', { reference: current.reference });
      if (answer && answer.done) letGo();
      render();
    });
    $('presence-present').addEventListener('click', () =>
      post('/console/api/presence', { presence: 'present' }));
    // With visitors waiting, the gids first says what happens to them (decision 1005).
    $('presence-absent').addEventListener('click', () => {
      const waiting = board ? board.waiting.filter((row) => !row.earlierDay).length : 0;
      if (waiting === 0) {
        post('/console/api/presence', { presence: 'absent' });
        return;
      }
      $('absent-question').textContent = text('console.absent.question', { count: waiting });
      $('absent-choice').hidden = false;
    });
    const leave = async (presence) => {
      const answer = await post('/console/api/presence', { presence });
      if (answer) $('absent-choice').hidden = true;
    };
    $('presence-serve').addEventListener('click', () => leave('absent-serve'));
    $('presence-next-step').addEventListener('click', () => leave('absent-next-step'));
    $('presence-stay').addEventListener('click', () => {
      $('absent-choice').hidden = true;
    });
    $('partner-none').addEventListener('click', () => pending && finish(pending, null));
    $('confirm-yes').addEventListener('click', () => {
      const outcome = confirming;
      confirming = null;
      if (outcome) finish(outcome, null);
    });
    $('confirm-back').addEventListener('click', () => {
      confirming = null;
      render();
    });
    $('partner-back').addEventListener('click', () => {
      pending = null;
      render();
    });
  }

  function listen() {
    const events = new EventSource('/console/events');
    events.addEventListener('board', (event) => {
      $('offline').hidden = true;
      board = JSON.parse(event.data);
      boards++;
      render();
    });
    events.addEventListener('expired', () => {
      events.close();
      location.href = '/login?expired';
    });
    events.onerror = async () => {
      $('offline').hidden = false;
      if (events.readyState === EventSource.CLOSED) {
        const response = await fetch('/console/api/board', { credentials: 'same-origin' })
          .catch(() => null);
        if (response && response.status === 401) location.href = '/login?expired';
        else setTimeout(listen, 3000);
      }
    };
  }

  setUp();
  render();
  listen();
  // A scanner types wherever the cursor is: start in the number field.
  $('number').focus();
})();
