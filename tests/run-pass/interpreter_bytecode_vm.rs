// A small stack-based bytecode VM with jumps, calls, and locals; runs factorial, fibonacci and a loop-sum program.
use std::hint::black_box;

#[derive(Debug, Clone, Copy)]
enum Op { Push(i64), Load(usize), Store(usize), Add, Sub, Mul, Lt, Jz(usize), Jmp(usize), Call(usize, usize), Ret, Print, Halt, Dup }

struct Frame { ret: usize, base: usize }

fn run(code: &[Op], trace_limit: usize) -> (Vec<i64>, usize) {
    let mut stack: Vec<i64> = Vec::new();
    let mut locals: Vec<i64> = vec![0; 1024];
    let mut frames: Vec<Frame> = vec![Frame { ret: usize::MAX, base: 0 }];
    let mut out = Vec::new();
    let mut pc = 0;
    let mut steps = 0;
    loop {
        let op = code[pc];
        steps += 1;
        if steps <= trace_limit {
            println!("  pc={:2} {:?} stack={:?}", pc, op, stack);
        }
        pc += 1;
        let base = frames.last().unwrap().base;
        match op {
            Op::Push(v) => stack.push(v),
            Op::Load(i) => stack.push(locals[base + i]),
            Op::Store(i) => locals[base + i] = stack.pop().unwrap(),
            Op::Add => { let b = stack.pop().unwrap(); let a = stack.pop().unwrap(); stack.push(a.wrapping_add(b)); }
            Op::Sub => { let b = stack.pop().unwrap(); let a = stack.pop().unwrap(); stack.push(a.wrapping_sub(b)); }
            Op::Mul => { let b = stack.pop().unwrap(); let a = stack.pop().unwrap(); stack.push(a.wrapping_mul(b)); }
            Op::Lt => { let b = stack.pop().unwrap(); let a = stack.pop().unwrap(); stack.push((a < b) as i64); }
            Op::Jz(t) => if stack.pop().unwrap() == 0 { pc = t },
            Op::Jmp(t) => pc = t,
            Op::Call(t, nargs) => {
                let nb = base + 8;
                for i in (0..nargs).rev() { locals[nb + i] = stack.pop().unwrap(); }
                frames.push(Frame { ret: pc, base: nb });
                pc = t;
            }
            Op::Ret => { let f = frames.pop().unwrap(); pc = f.ret; }
            Op::Print => out.push(*stack.last().unwrap()),
            Op::Dup => { let v = *stack.last().unwrap(); stack.push(v); }
            Op::Halt => return (out, steps),
        }
    }
}

fn main() {
    use Op::*;
    // fact(n) recursive: if n < 1 return 1 else n * fact(n-1)
    let fact = vec![
        Push(black_box(10)), Call(4, 1), Print, Halt,
        Load(0), Push(1), Lt, Jz(10), Push(1), Ret,
        Load(0), Load(0), Push(1), Sub, Call(4, 1), Mul, Ret,
    ];
    let (out, steps) = run(&fact, 12);
    println!("fact -> {:?} in {} steps", out, steps);
    // iterative fib with locals: a=0,b=1; while 0 < n: t=a+b; a=b; b=t; n-=1
    let fib = vec![
        Push(0), Store(0), Push(1), Store(1), Push(black_box(50)), Store(2),
        Push(0), Load(2), Lt, Jz(23),
        Load(0), Load(1), Add, Store(3), Load(1), Store(0), Load(3), Store(1),
        Load(2), Push(1), Sub, Store(2), Jmp(6),
        Load(0), Print, Halt,
    ];
    let (out, steps) = run(&fib, 0);
    println!("fib(50) -> {:?} in {} steps", out, steps);
    // sum of squares 1..=n printed every step
    let sums = vec![
        Push(0), Store(0), Push(1), Store(1),
        Load(1), Push(black_box(8)), Push(1), Add, Lt, Jz(22),
        Load(0), Load(1), Dup, Mul, Add, Print, Store(0), Load(1), Push(1), Add, Store(1), Jmp(4),
        Halt,
    ];
    let (out, steps) = run(&sums, 0);
    println!("sums -> {:?} in {} steps", out, steps);
}

