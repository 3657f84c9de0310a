// A small stack-machine interpreter: a program is an array of enum instructions, executed with
// a fixed-size stack, a match-based dispatch loop, boxed expression trees evaluated
// recursively, and error reporting through an enum result.
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::*;

enum Insn {
    Push(i64),
    Add,
    Mul,
    Sub,
    Dup,
    Swap,
    JumpIfZero(usize),
    Jump(usize),
    Print,
    Halt,
}

enum Error {
    StackUnderflow(usize),
    StackOverflow,
    BadJump(usize),
}

struct Machine {
    stack: [i64; 16],
    sp: usize,
    steps: u32,
}

impl Machine {
    fn push(&mut self, v: i64) -> Result<(), Error> {
        if self.sp == self.stack.len() {
            return Result::Err(Error::StackOverflow);
        }
        self.stack[self.sp] = v;
        self.sp += 1;
        Result::Ok(())
    }
    fn pop(&mut self, pc: usize) -> Result<i64, Error> {
        if self.sp == 0 {
            return Result::Err(Error::StackUnderflow(pc));
        }
        self.sp -= 1;
        Result::Ok(self.stack[self.sp])
    }
}

enum Result<T, E> {
    Ok(T),
    Err(E),
}

macro_rules! tri {
    ($e:expr) => {
        match $e {
            Result::Ok(v) => v,
            Result::Err(e) => return Result::Err(e),
        }
    };
}

fn run(program: &[Insn], m: &mut Machine) -> Result<(), Error> {
    let mut pc = 0;
    loop {
        if pc >= program.len() {
            return Result::Err(Error::BadJump(pc));
        }
        m.steps += 1;
        match program[pc] {
            Insn::Push(v) => tri!(m.push(v)),
            Insn::Add => { let b = tri!(m.pop(pc)); let a = tri!(m.pop(pc)); tri!(m.push(a + b)) }
            Insn::Sub => { let b = tri!(m.pop(pc)); let a = tri!(m.pop(pc)); tri!(m.push(a - b)) }
            Insn::Mul => { let b = tri!(m.pop(pc)); let a = tri!(m.pop(pc)); tri!(m.push(a * b)) }
            Insn::Dup => { let a = tri!(m.pop(pc)); tri!(m.push(a)); tri!(m.push(a)) }
            Insn::Swap => { let b = tri!(m.pop(pc)); let a = tri!(m.pop(pc)); tri!(m.push(b)); tri!(m.push(a)) }
            Insn::JumpIfZero(t) => {
                if tri!(m.pop(pc)) == 0 {
                    pc = t;
                    continue;
                }
            }
            Insn::Jump(t) => {
                pc = t;
                continue;
            }
            Insn::Print => { let v = tri!(m.pop(pc)); unsafe { printf(c"  out: %ld\n".as_ptr(), v); } tri!(m.push(v)) }
            Insn::Halt => return Result::Ok(()),
        }
        pc += 1;
    }
}

fn report(name: &str, program: &[Insn]) {
    let mut m = Machine { stack: [0; 16], sp: 0, steps: 0 };
    unsafe { printf(c"%.*s:\n".as_ptr(), name.len() as i32, name.as_ptr()); }
    match run(program, &mut m) {
        Result::Ok(()) => unsafe { printf(c"  ok after %u steps, depth %zu\n".as_ptr(), m.steps, m.sp); },
        Result::Err(Error::StackUnderflow(pc)) => unsafe { printf(c"  stack underflow at %zu\n".as_ptr(), pc); },
        Result::Err(Error::StackOverflow) => unsafe { printf(c"  stack overflow after %u steps\n".as_ptr(), m.steps); },
        Result::Err(Error::BadJump(pc)) => unsafe { printf(c"  bad jump to %zu\n".as_ptr(), pc); },
    }
}

enum Expr {
    Num(i64),
    Add(Box<Expr>, Box<Expr>),
    Mul(Box<Expr>, Box<Expr>),
    Neg(Box<Expr>),
}

fn eval(e: &Expr) -> i64 {
    match e {
        Expr::Num(n) => *n,
        Expr::Add(a, b) => eval(a) + eval(b),
        Expr::Mul(a, b) => eval(a) * eval(b),
        Expr::Neg(a) => -eval(a),
    }
}

fn num(n: i64) -> Box<Expr> {
    Box::new(Expr::Num(n))
}

fn main() {
    // Countdown from 5, printing each value: [n] loop: print, push 1, sub, dup, jz end, jump loop
    let countdown = [Insn::Push(black_box(5)), Insn::Print, Insn::Push(1), Insn::Sub, Insn::Dup, Insn::JumpIfZero(7),
        Insn::Jump(1), Insn::Halt];
    report("countdown", &countdown);
    let arith = [Insn::Push(6), Insn::Push(7), Insn::Mul, Insn::Push(2), Insn::Swap, Insn::Sub, Insn::Print, Insn::Halt];
    report("arith", &arith);
    report("underflow", &[Insn::Push(1), Insn::Add, Insn::Halt]);
    report("overflow", &[Insn::Push(1), Insn::Dup, Insn::Jump(1)]);
    report("runaway", &[Insn::Push(0), Insn::JumpIfZero(42)]);

    // (2 + 3) * -(4 * 5) + 123
    let e = Expr::Add(Box::new(Expr::Mul(Box::new(Expr::Add(num(2), num(3))),
        Box::new(Expr::Neg(Box::new(Expr::Mul(num(4), num(black_box(5)))))))), num(123));
    unsafe { printf(c"expression = %ld, live allocations %zd\n".as_ptr(), eval(&e), LIVE_ALLOCATIONS); }
    drop(e);
    unsafe { printf(c"after drop, live allocations %zd\n".as_ptr(), LIVE_ALLOCATIONS); }
}
