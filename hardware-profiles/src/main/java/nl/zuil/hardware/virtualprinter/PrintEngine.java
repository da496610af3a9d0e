package nl.zuil.hardware.virtualprinter;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import nl.zuil.hardware.escpos.DejaVuFonts;
import nl.zuil.hardware.profile.PrinterProfile;

/**
 * The virtual printer's logic without threads or devices: real-time commands are answered the
 * moment they arrive; everything else waits in the buffer and is printed while the printer can
 * print. Like a real printer it keeps the unprinted rest of a ticket through a paper-out and prints
 * it when paper returns, unless the host cleared the buffer (DLE DC4 fn 8). Not thread-safe: one
 * thread feeds it.
 */
final class PrintEngine {

  private final PrinterControls controls;
  private final Consumer<byte[]> answers;
  private final Consumer<PrintedTicket> printed;
  private final InstructionParser parser = new InstructionParser();
  private final TicketCanvas canvas;
  private final int lineDots;
  private final Deque<Instruction> buffer = new ArrayDeque<>();
  private int ticketNumber;
  private boolean paperWasOut;

  /**
   * @param answers receives the bytes the printer sends back
   * @param printed receives each ticket as it is cut or torn off
   */
  PrintEngine(
      PrinterProfile profile,
      DejaVuFonts fonts,
      PrinterControls controls,
      Consumer<byte[]> answers,
      Consumer<PrintedTicket> printed) {
    this.controls = controls;
    this.answers = answers;
    this.printed = printed;
    this.canvas = new TicketCanvas(profile, fonts);
    this.lineDots = Math.round(profile.paper().dpi() / 6f);
  }

  void receive(byte[] bytes) {
    for (Instruction instruction : parser.feed(bytes)) {
      if (instruction instanceof Instruction.RealTimeStatusRequest request) {
        answer(RealTimeStatus.answer(request.n(), controls));
      } else if (instruction instanceof Instruction.ClearBuffers clear) {
        if (clear.validKey()) {
          buffer.clear();
          parser.discardPending();
          answer(new byte[] {0x37, 0x25, 0x00});
        }
      } else {
        buffer.add(instruction);
      }
    }
    printWhatCan();
  }

  /** Prints buffered instructions as far as paper, cover and cutter allow. */
  void printWhatCan() {
    if (controls.paperOut()) {
      paperWasOut = true;
      return;
    }
    if (paperWasOut) {
      paperWasOut = false;
      if (!canvas.isBlank()) {
        // The part printed before the roll ended stays on the old roll's tail.
        printed.accept(
            new PrintedTicket(++ticketNumber, canvas.tearOff(), false, System.nanoTime()));
      }
    }
    while (controls.canPrint() && !buffer.isEmpty()) {
      Instruction next = buffer.poll();
      if (next instanceof Instruction.PaperSensorRequest request) {
        answer(new byte[] {RealTimeStatus.paperSensor(request.n(), controls)});
      } else if (next instanceof Instruction.Cut) {
        printed.accept(
            new PrintedTicket(++ticketNumber, canvas.tearOff(), true, System.nanoTime()));
      } else {
        long before = canvas.fedDots();
        canvas.apply(next);
        int lines = (int) ((canvas.fedDots() - before + lineDots - 1) / lineDots);
        if (lines > 0) {
          controls.usePaperLines(lines);
        }
      }
    }
    if (controls.paperOut()) {
      paperWasOut = true;
    }
  }

  private void answer(byte[] bytes) {
    if (!controls.silent()) {
      answers.accept(bytes);
    }
  }
}
