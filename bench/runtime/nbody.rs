//! Runtime benchmark: a floating-point kernel. Simulates gravity between 64 bodies (every pair
//! each step, semi-implicit Euler) and prints the bits of the final energy and of a position
//! sum: IEEE arithmetic without contraction gives the same bits with every correct compiler.

const BODIES: usize = 64;
const STEPS: usize = 24_000;
const DT: f64 = 0.001;

#[derive(Clone, Copy)]
struct Body {
    position: [f64; 3],
    velocity: [f64; 3],
    mass: f64,
}

/// A deterministic sequence of numbers in [0, 1).
struct Random(u64);

impl Random {
    fn unit(&mut self) -> f64 {
        self.0 =
            self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

fn initial_bodies() -> Vec<Body> {
    let mut random = Random(42);
    (0..BODIES)
        .map(|_| Body {
            position: [random.unit() * 10.0 - 5.0, random.unit() * 10.0 - 5.0, random.unit() - 0.5],
            velocity: [random.unit() - 0.5, random.unit() - 0.5, (random.unit() - 0.5) * 0.1],
            mass: 0.5 + random.unit(),
        })
        .collect()
}

fn step(bodies: &mut [Body]) {
    for i in 0..bodies.len() {
        let (left, right) = bodies.split_at_mut(i + 1);
        let a = &mut left[i];
        for b in right {
            let d = [
                a.position[0] - b.position[0],
                a.position[1] - b.position[1],
                a.position[2] - b.position[2],
            ];
            // Softened, so that close encounters stay finite.
            let distance_squared = d[0] * d[0] + d[1] * d[1] + d[2] * d[2] + 0.01;
            let magnitude = DT / (distance_squared * distance_squared.sqrt());
            for axis in 0..3 {
                a.velocity[axis] -= d[axis] * b.mass * magnitude;
                b.velocity[axis] += d[axis] * a.mass * magnitude;
            }
        }
    }
    for body in bodies {
        for axis in 0..3 {
            body.position[axis] += DT * body.velocity[axis];
        }
    }
}

fn energy(bodies: &[Body]) -> f64 {
    let mut energy = 0.0;
    for (i, a) in bodies.iter().enumerate() {
        let speed_squared: f64 = a.velocity.iter().map(|v| v * v).sum();
        energy += 0.5 * a.mass * speed_squared;
        for b in &bodies[i + 1..] {
            let distance_squared: f64 =
                (0..3).map(|axis| (a.position[axis] - b.position[axis]).powi(2)).sum();
            energy -= a.mass * b.mass / (distance_squared + 0.01).sqrt();
        }
    }
    energy
}

fn main() {
    let mut bodies = initial_bodies();
    let start = energy(&bodies);
    for _ in 0..STEPS {
        step(&mut bodies);
    }
    let end = energy(&bodies);
    let position_sum: f64 = bodies.iter().flat_map(|body| body.position).sum();
    println!(
        "nbody energy {start:.9} -> {end:.9}, checksum {:016x} {:016x}",
        end.to_bits(),
        position_sum.to_bits()
    );
}
